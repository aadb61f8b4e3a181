using Azure;
using ServiceQuality.Classification;

namespace ServiceQuality.ModelRegistry;

/// <summary>
/// Stored model versions and the pointer to the current one. A seam for the registry and the training
/// service, so each can be observed or replaced without a different storage layout.
/// </summary>
public interface IModelRepository
{
    /// <summary>
    /// Stores a trained model under a new version named after its training time and then its metrics,
    /// which are built for the version actually chosen (a run in the same second gets a suffix).
    /// </summary>
    Task<StoredModelVersion> SaveVersionAsync(
        string model,
        TrainedModel trained,
        Func<string, ModelMetrics> metricsForVersion,
        CancellationToken cancellationToken);

    /// <summary>current.json with its ETag, or null when the model has never been promoted.</summary>
    Task<CurrentModelState?> GetCurrentAsync(string model, CancellationToken cancellationToken);

    /// <summary>
    /// Writes current.json only if it is still as last read: with <paramref name="expected"/> null, only if
    /// there is none yet. False when another promotion got there first.
    /// </summary>
    Task<bool> TryPromoteAsync(CurrentModel current, ETag? expected, CancellationToken cancellationToken);

    Task<TrainedModel> LoadModelAsync(string model, string version, CancellationToken cancellationToken);

    Task<ModelMetrics?> GetMetricsAsync(string model, string version, CancellationToken cancellationToken);

    /// <summary>The model's stored versions, oldest first.</summary>
    IAsyncEnumerable<string> ListVersionsAsync(string model, CancellationToken cancellationToken);
}
