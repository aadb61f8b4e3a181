using ServiceQuality.Domain.Email;

namespace ServiceQuality.Handlers.Queues;

/// <summary>
/// Queue handler of email-outbox: renders the message from its template and hands it to the sender.
/// A failure is thrown, not swallowed, so the queue retries it and finally moves it to the poison queue.
/// </summary>
public sealed class EmailDeliveryHandler(EmailTemplates templates, IEmailSender sender)
{
    public Task HandleAsync(EmailMessage message, CancellationToken cancellationToken) =>
        sender.SendAsync(templates.Render(message), cancellationToken);
}
