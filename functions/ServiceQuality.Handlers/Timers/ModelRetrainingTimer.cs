using Microsoft.Extensions.Logging;
using ServiceQuality.ModelRegistry;

namespace ServiceQuality.Handlers.Timers;

/// <summary>
/// Monthly: retrains every model on its seed data plus the labels staff gave when correcting categories.
/// A retrained model replaces the current one only if its cross-validated macro-F1 is not worse.
/// </summary>
public sealed class ModelRetrainingTimer(RetrainingService retraining, ILogger<ModelRetrainingTimer> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var result in await retraining.RetrainAllAsync(cancellationToken))
        {
            logger.LogInformation("Retrained {Model}: macro-F1 {MacroF1:0.000}; {Decision}.",
                result.Model, result.Metrics.MacroF1, result.Promoted ? "promoted" : "kept the current model: " + result.Reason);
        }
    }
}
