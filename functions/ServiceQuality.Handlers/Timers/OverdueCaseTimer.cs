using Microsoft.Extensions.Logging;
using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Email;

namespace ServiceQuality.Handlers.Timers;

/// <summary>Daily: tells citizens and units about cases past their due date without a reply, once per case.</summary>
public sealed class OverdueCaseTimer(OverdueCaseNotifier notifier, ILogger<OverdueCaseTimer> logger)
{
    public async Task<IReadOnlyList<CaseNumber>> RunAsync(CancellationToken cancellationToken)
    {
        var notified = await notifier.RunAsync(cancellationToken);
        foreach (var number in notified)
        {
            logger.LogWarning("Case {CaseNumber} is past its due date without a reply; the citizen and the unit were notified.", number.ToString());
        }
        logger.LogInformation("Overdue-case notices queued for {Count} cases.", notified.Count);
        return notified;
    }
}
