using Microsoft.Azure.Functions.Worker;
using ServiceQuality.Handlers.Timers;

namespace ServiceQuality.Functions.Timers;

public sealed class MonthlyReportTimerFunctions(MonthlyReportTimer report)
{
    [Function("SendMonthlyReport")]
    public Task Run([TimerTrigger(Schedules.MonthlyReport)] TimerInfo timer, CancellationToken cancellationToken) => report.RunAsync(cancellationToken);
}
