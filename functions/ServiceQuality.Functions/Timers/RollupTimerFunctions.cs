using Microsoft.Azure.Functions.Worker;
using ServiceQuality.Handlers.Timers;

namespace ServiceQuality.Functions.Timers;

public sealed class RollupTimerFunctions(RollupTimer rollups)
{
    [Function("RollUpReports")]
    public Task Run([TimerTrigger(Schedules.Rollups)] TimerInfo timer, CancellationToken cancellationToken) => rollups.RunAsync(cancellationToken);
}
