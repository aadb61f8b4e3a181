using Microsoft.Azure.Functions.Worker;
using ServiceQuality.Handlers.Timers;

namespace ServiceQuality.Functions.Timers;

public sealed class SurveyTokenTimerFunctions(SurveyTokenPurgeTimer purge)
{
    [Function("PurgeSurveyTokens")]
    public Task Run([TimerTrigger(Schedules.SurveyTokenPurge)] TimerInfo timer, CancellationToken cancellationToken) => purge.RunAsync(cancellationToken);
}
