namespace ServiceQuality.Domain.Email;

/// <summary>Where the domain puts e-mails to send; the email-outbox queue handler sends them.</summary>
public interface IEmailQueue
{
    Task EnqueueAsync(EmailMessage message, CancellationToken cancellationToken);
}
