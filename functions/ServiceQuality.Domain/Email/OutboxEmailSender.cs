namespace ServiceQuality.Domain.Email;

/// <summary>The sender without a SendGrid key: e-mails go to the outbox table, where staff can read what would have been sent.</summary>
public sealed class OutboxEmailSender(IEmailOutboxStore outbox) : IEmailSender
{
    public Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken) => outbox.SaveAsync(email, cancellationToken);
}
