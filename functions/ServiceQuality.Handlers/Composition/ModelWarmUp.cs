using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServiceQuality.Domain.Classification;
using ServiceQuality.ModelRegistry;

namespace ServiceQuality.Handlers.Composition;

/// <summary>
/// Loads each model once the host has started, training the default from seed data where none exists yet,
/// so the first complaint of the day is not the one that waits for it. It does not delay start-up.
/// </summary>
public sealed class ModelWarmUp(ModelServer registry, ILogger<ModelWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var model in ModelNames.All)
        {
            try
            {
                await registry.EnsureLoadedAsync(model, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The queue handlers load the model on first use and retry through the queue.
                logger.LogWarning(ex, "Model {Model} could not be loaded ahead of use.", model);
            }
        }
    }
}
