using Microsoft.Azure.Functions.Worker;
using ServiceQuality.Handlers.Timers;

namespace ServiceQuality.Functions.Timers;

public sealed class EmailTimerFunctions(OverdueCaseTimer overdue)
{
    [Function("NotifyOverdueCases")]
    public Task Run([TimerTrigger(Schedules.OverdueCases)] TimerInfo timer, CancellationToken cancellationToken) => overdue.RunAsync(cancellationToken);
}
