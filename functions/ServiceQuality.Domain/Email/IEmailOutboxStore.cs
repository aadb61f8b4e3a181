namespace ServiceQuality.Domain.Email;

/// <summary>The local outbox: e-mails kept instead of sent when no SendGrid key is configured.</summary>
public interface IEmailOutboxStore
{
    /// <summary>Keeps the e-mail; keeping the same e-mail again leaves one record.</summary>
    Task SaveAsync(OutgoingEmail email, CancellationToken cancellationToken);

    /// <summary>The most recent e-mails, newest first.</summary>
    IAsyncEnumerable<OutgoingEmail> ListRecentAsync(int max, CancellationToken cancellationToken);

    /// <summary>Deletes the e-mails kept at or before the cutoff and says how many there were.</summary>
    Task<int> DeleteKeptBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
