using ServiceQuality.Domain.Privacy;

namespace ServiceQuality.Domain.Email;

/// <summary>
/// Deletes stored-outbox e-mails older than the retention period. Without it, the outbox would keep a citizen's
/// address and the reply sent to them long after the case's own contact record has been purged.
/// </summary>
public sealed class OutboxPurgeService(IEmailOutboxStore outbox, PrivacyOptions options, TimeProvider time)
{
    public Task<int> PurgeAsync(CancellationToken cancellationToken) =>
        outbox.DeleteKeptBeforeAsync(time.GetUtcNow().AddDays(-options.OutboxRetentionDays), cancellationToken);
}
