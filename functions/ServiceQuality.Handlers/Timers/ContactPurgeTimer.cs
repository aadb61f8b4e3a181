using Microsoft.Extensions.Logging;
using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Privacy;

namespace ServiceQuality.Handlers.Timers;

/// <summary>Daily: deletes the contact details of cases closed longer ago than the retention period.</summary>
public sealed class ContactPurgeTimer(ContactPurgeService purge, ILogger<ContactPurgeTimer> logger)
{
    public async Task<IReadOnlyList<CaseNumber>> RunAsync(CancellationToken cancellationToken)
    {
        var purged = await purge.PurgeAsync(cancellationToken);
        logger.LogInformation("Contact details of {Count} closed cases deleted.", purged.Count);
        return purged;
    }
}
