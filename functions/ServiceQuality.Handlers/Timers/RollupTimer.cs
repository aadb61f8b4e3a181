using Microsoft.Extensions.Logging;
using ServiceQuality.Domain.Reports;

namespace ServiceQuality.Handlers.Timers;

/// <summary>
/// Daily: rolls up the current and the previous Taipei month and their years. Each run replaces the stored figures
/// with the same figures when nothing changed, so a timer that fires twice does no harm.
/// </summary>
public sealed class RollupTimer(RollupService rollups, ILogger<RollupTimer> logger)
{
    public async Task<RollupRun> RunAsync(CancellationToken cancellationToken)
    {
        var run = await rollups.RunDailyAsync(cancellationToken);
        logger.LogInformation("Rolled up {Periods}.", string.Join(", ", run.Periods));
        return run;
    }
}
