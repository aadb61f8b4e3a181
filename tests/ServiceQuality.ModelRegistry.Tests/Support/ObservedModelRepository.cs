using Azure;
using ServiceQuality.Classification;

namespace ServiceQuality.ModelRegistry.Tests.Support;

/// <summary>
/// The real repository, counting the reads the registry makes and able to run something just before a
/// version is saved (to play another instance acting at that moment).
/// </summary>
internal sealed class ObservedModelRepository(IModelRepository inner) : IModelRepository
{
    private int _currentReads;
    private int _modelLoads;

    public int CurrentReads => Volatile.Read(ref _currentReads);

    public int ModelLoads => Volatile.Read(ref _modelLoads);

    public Func<Task>? BeforeSaveVersion { get; set; }

    /// <summary>While set, reading current.json fails as an unavailable storage account would.</summary>
    public bool StorageUnavailable { get; set; }

    public async Task<StoredModelVersion> SaveVersionAsync(
        string model,
        TrainedModel trained,
        Func<string, ModelMetrics> metricsForVersion,
        CancellationToken cancellationToken)
    {
        if (BeforeSaveVersion is { } before)
        {
            await before();
        }

        return await inner.SaveVersionAsync(model, trained, metricsForVersion, cancellationToken);
    }

    public Task<CurrentModelState?> GetCurrentAsync(string model, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _currentReads);
        return StorageUnavailable
            ? Task.FromException<CurrentModelState?>(new RequestFailedException(503, "The server is busy.", "ServerBusy", null))
            : inner.GetCurrentAsync(model, cancellationToken);
    }

    public Task<bool> TryPromoteAsync(CurrentModel current, ETag? expected, CancellationToken cancellationToken) =>
        inner.TryPromoteAsync(current, expected, cancellationToken);

    public Task<TrainedModel> LoadModelAsync(string model, string version, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _modelLoads);
        return inner.LoadModelAsync(model, version, cancellationToken);
    }

    public Task<ModelMetrics?> GetMetricsAsync(string model, string version, CancellationToken cancellationToken) =>
        inner.GetMetricsAsync(model, version, cancellationToken);

    public IAsyncEnumerable<string> ListVersionsAsync(string model, CancellationToken cancellationToken) =>
        inner.ListVersionsAsync(model, cancellationToken);
}
