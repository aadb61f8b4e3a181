using Microsoft.Azure.Functions.Worker;
using ServiceQuality.Handlers.Timers;

namespace ServiceQuality.Functions.Timers;

public sealed class ModelTimerFunctions(ModelRetrainingTimer retraining)
{
    [Function("RetrainModels")]
    public Task Run([TimerTrigger(Schedules.ModelRetraining)] TimerInfo timer, CancellationToken cancellationToken) => retraining.RunAsync(cancellationToken);
}
