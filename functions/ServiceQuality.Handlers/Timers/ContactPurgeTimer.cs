using Microsoft.Extensions.Logging;
using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Email;

namespace ServiceQuality.Handlers.Timers;

/// <summary>
/// Daily: deletes the contact details of cases closed longer ago than the retention period, and the stored-outbox
/// e-mails that carry the same addresses.
/// </summary>
public sealed class ContactPurgeTimer(ContactPurgeService purge, OutboxPurgeService outbox, ILogger<ContactPurgeTimer> logger)
{
    public async Task<IReadOnlyList<CaseNumber>> RunAsync(CancellationToken cancellationToken)
    {
        var purged = await purge.PurgeAsync(cancellationToken);
        logger.LogInformation("Contact details of {Count} closed cases deleted.", purged.Count);
        var emails = await outbox.PurgeAsync(cancellationToken);
        logger.LogInformation("{Count} stored-outbox e-mails past their retention deleted.", emails);
        return purged;
    }
}
