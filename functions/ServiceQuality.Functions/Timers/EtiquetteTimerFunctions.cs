using Microsoft.Azure.Functions.Worker;
using ServiceQuality.Handlers.Timers;

namespace ServiceQuality.Functions.Timers;

public sealed class EtiquetteTimerFunctions(EtiquetteCoverageTimer coverage)
{
    [Function("CheckEtiquetteCoverage")]
    public Task Run([TimerTrigger(Schedules.EtiquetteCoverage)] TimerInfo timer, CancellationToken cancellationToken) => coverage.RunAsync(cancellationToken);
}
