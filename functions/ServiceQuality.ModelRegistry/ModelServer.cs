using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceQuality.Classification;

namespace ServiceQuality.ModelRegistry;

/// <summary>
/// Serves the current version of each named model. A model is loaded on first use, once however many
/// callers arrive together; current.json is read again at most every <see cref="ModelsOptions.RefreshInterval"/>
/// and a newly promoted version is swapped in without stopping predictions. When a model has never been
/// promoted, a default one is trained from the seed data, stored and promoted, unless another instance
/// promoted one meanwhile, in which case that one is served.
/// </summary>
public sealed class ModelServer(
    IModelRepository repository,
    ModelTrainingService training,
    SeedData seedData,
    IOptions<ModelsOptions> options,
    TimeProvider time,
    ILogger<ModelServer> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, ModelSlot> _slots = new(StringComparer.Ordinal);
    private volatile bool _disposed;

    private TimeSpan RefreshInterval => options.Value.RefreshInterval;

    public async Task<ModelPrediction> PredictAsync(string model, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slot = SlotFor(model);
        while (true)
        {
            var served = await GetServedAsync(model, slot, cancellationToken);
            if (served.TryEnter())
            {
                try
                {
                    return new ModelPrediction(model, served.Version, served.Classifier.Predict(text));
                }
                finally
                {
                    served.Exit();
                }
            }

            // The version was replaced and released between reading it and entering it; the slot holds its successor.
        }
    }

    /// <summary>Loads the model now (e.g. at start-up, so the first request does not wait); returns the version served.</summary>
    public async Task<string> EnsureLoadedAsync(string model, CancellationToken cancellationToken)
    {
        var served = await GetServedAsync(model, SlotFor(model), cancellationToken);
        return served.Version;
    }

    public void Dispose()
    {
        _disposed = true;
        foreach (var slot in _slots.Values)
        {
            slot.Clear();
        }
    }

    private ModelSlot SlotFor(string model)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ModelNameRules.Validate(model);
        return _slots.GetOrAdd(model, static _ => new ModelSlot());
    }

    private async ValueTask<ServedModel> GetServedAsync(string model, ModelSlot slot, CancellationToken cancellationToken)
    {
        var served = slot.Served;
        if (served is null)
        {
            return await LoadFirstAsync(model, slot, cancellationToken);
        }

        // One caller checks for a new version; everyone else keeps using the one in hand rather than wait.
        if (time.GetUtcNow() >= slot.NextCheck && slot.Gate.Wait(0))
        {
            try
            {
                if (time.GetUtcNow() >= slot.NextCheck)
                {
                    await RefreshAsync(model, slot, cancellationToken);
                }
            }
            finally
            {
                slot.Gate.Release();
            }
        }

        return slot.Served ?? await LoadFirstAsync(model, slot, cancellationToken);
    }

    private async Task<ServedModel> LoadFirstAsync(string model, ModelSlot slot, CancellationToken cancellationToken)
    {
        await slot.Gate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (slot.Served is { } loaded)
            {
                return loaded;
            }

            var state = await repository.GetCurrentAsync(model, cancellationToken)
                ?? await TrainDefaultAsync(model, cancellationToken);
            var served = await LoadAsync(model, state.Current.Version, cancellationToken);
            slot.Publish(served, time.GetUtcNow() + RefreshInterval);
            logger.LogInformation("Model {Model}: serving version {Version}.", model, served.Version);
            return served;
        }
        finally
        {
            slot.Gate.Release();
        }
    }

    private async Task<CurrentModelState> TrainDefaultAsync(string model, CancellationToken cancellationToken)
    {
        // Expected on a fresh storage account, so not a warning.
        logger.LogInformation("Model {Model} has no current version; training a default one from the seed data.", model);
        var data = await seedData.ReadAsync(model, cancellationToken);
        var run = await training.TrainAsync(model, data, PromotionRule.OnlyIfNoCurrentModel, options.Value.Folds, cancellationToken);
        if (!run.Promoted)
        {
            logger.LogInformation("Model {Model}: kept the version another instance promoted meanwhile ({Reason}).", model, run.Reason);
        }

        return await repository.GetCurrentAsync(model, cancellationToken)
            ?? throw new InvalidOperationException($"Model '{model}' has no current version even after training a default one.");
    }

    private async Task RefreshAsync(string model, ModelSlot slot, CancellationToken cancellationToken)
    {
        var served = slot.Served;
        try
        {
            var state = await repository.GetCurrentAsync(model, cancellationToken);
            if (served is not null && state is not null && !string.Equals(state.Current.Version, served.Version, StringComparison.Ordinal))
            {
                var next = await LoadAsync(model, state.Current.Version, cancellationToken);
                slot.Publish(next, time.GetUtcNow() + RefreshInterval);
                logger.LogInformation("Model {Model}: now serving version {Version} instead of {Previous}.", model, next.Version, served.Version);
                return;
            }

            slot.Postpone(time.GetUtcNow() + RefreshInterval);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // A storage hiccup (a timeout included) must not stop classification: keep the version in hand and try again later.
            logger.LogWarning(e, "Model {Model}: could not check for a new version; still serving {Version}.", model, served?.Version);
            slot.Postpone(time.GetUtcNow() + RefreshInterval);
        }
    }

    private async Task<ServedModel> LoadAsync(string model, string version, CancellationToken cancellationToken)
    {
        var trained = await repository.LoadModelAsync(model, version, cancellationToken);
        return new ServedModel(version, new PooledTextClassifier(trained));
    }
}
