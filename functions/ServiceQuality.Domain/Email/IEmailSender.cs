namespace ServiceQuality.Domain.Email;

/// <summary>Delivers a rendered e-mail. Throws when it could not, so the queue retries and finally poisons the message.</summary>
public interface IEmailSender
{
    Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken);
}
