using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using ServiceQuality.Classification;

namespace ServiceQuality.ModelRegistry;

/// <summary>
/// Models in the Blob container "models": {model}/versions/{version}/model.zip and metrics.json, and
/// {model}/current.json naming the version in service. Versions are never overwritten; current.json is only
/// replaced by a conditional write, so of two promotions that read the same current.json only one lands.
/// </summary>
public sealed class BlobModelRepository(BlobServiceClient service) : IModelRepository
{
    public const string ContainerName = "models";

    // Far more than the runs one model can start in a second; a bound keeps a broken store from looping.
    private const int MaximumVersionAttempts = 100;

    private readonly BlobContainerClient _container = service.GetBlobContainerClient(ContainerName);
    private volatile bool _containerExists;

    public static string ModelBlobName(string model, string version) => $"{model}/versions/{version}/model.zip";

    public static string MetricsBlobName(string model, string version) => $"{model}/versions/{version}/metrics.json";

    public static string CurrentBlobName(string model) => $"{model}/current.json";

    public async Task<StoredModelVersion> SaveVersionAsync(
        string model,
        TrainedModel trained,
        Func<string, ModelMetrics> metricsForVersion,
        CancellationToken cancellationToken)
    {
        ModelNameRules.Validate(model);
        ArgumentNullException.ThrowIfNull(trained);
        ArgumentNullException.ThrowIfNull(metricsForVersion);
        await EnsureContainerAsync(cancellationToken);

        BinaryData archive;
        using (var buffer = new MemoryStream())
        {
            await trained.SaveAsync(buffer, cancellationToken);
            archive = new BinaryData(buffer.ToArray());
        }

        for (var attempt = 0; attempt < MaximumVersionAttempts; attempt++)
        {
            var version = ModelVersions.From(trained.Metadata.TrainedAt, attempt);
            var modelBlob = _container.GetBlobClient(ModelBlobName(model, version));
            try
            {
                // Creating model.zip only if absent is what claims the version name for this run.
                await modelBlob.UploadAsync(archive, Upload("application/zip", new BlobRequestConditions { IfNoneMatch = ETag.All }), cancellationToken);
            }
            catch (RequestFailedException e) when (IsConditionFailure(e))
            {
                continue;
            }

            var metricsBlob = _container.GetBlobClient(MetricsBlobName(model, version));
            await metricsBlob.UploadAsync(
                BinaryData.FromObjectAsJson(metricsForVersion(version), ModelJson.Options),
                Upload("application/json", conditions: null),
                cancellationToken);
            return new StoredModelVersion(
                model,
                version,
                $"{ContainerName}/{ModelBlobName(model, version)}",
                $"{ContainerName}/{MetricsBlobName(model, version)}",
                modelBlob.Uri,
                metricsBlob.Uri);
        }

        throw new InvalidOperationException($"Could not find a free version name for model '{model}' after {MaximumVersionAttempts} attempts.");
    }

    public async Task<CurrentModelState?> GetCurrentAsync(string model, CancellationToken cancellationToken)
    {
        ModelNameRules.Validate(model);
        try
        {
            var response = await _container.GetBlobClient(CurrentBlobName(model)).DownloadContentAsync(cancellationToken);
            var current = response.Value.Content.ToObjectFromJson<CurrentModel>(ModelJson.Options)
                ?? throw new InvalidDataException($"{CurrentBlobName(model)} is empty.");
            return new CurrentModelState(current, response.Value.Details.ETag);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<bool> TryPromoteAsync(CurrentModel current, ETag? expected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        ModelNameRules.Validate(current.Model);
        await EnsureContainerAsync(cancellationToken);
        var conditions = expected is { } tag
            ? new BlobRequestConditions { IfMatch = tag }
            : new BlobRequestConditions { IfNoneMatch = ETag.All };
        try
        {
            await _container.GetBlobClient(CurrentBlobName(current.Model)).UploadAsync(
                BinaryData.FromObjectAsJson(current, ModelJson.Options),
                Upload("application/json", conditions),
                cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (IsConditionFailure(e))
        {
            return false;
        }
    }

    public async Task<TrainedModel> LoadModelAsync(string model, string version, CancellationToken cancellationToken)
    {
        ModelNameRules.Validate(model);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        try
        {
            var response = await _container.GetBlobClient(ModelBlobName(model, version)).DownloadStreamingAsync(cancellationToken: cancellationToken);
            await using var content = response.Value.Content;
            return await TrainedModel.LoadAsync(content, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            throw new InvalidOperationException($"Model '{model}' has no stored version '{version}' ({ContainerName}/{ModelBlobName(model, version)}).", e);
        }
    }

    public async Task<ModelMetrics?> GetMetricsAsync(string model, string version, CancellationToken cancellationToken)
    {
        ModelNameRules.Validate(model);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        try
        {
            var response = await _container.GetBlobClient(MetricsBlobName(model, version)).DownloadContentAsync(cancellationToken);
            return response.Value.Content.ToObjectFromJson<ModelMetrics>(ModelJson.Options);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async IAsyncEnumerable<string> ListVersionsAsync(string model, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ModelNameRules.Validate(model);
        if (!await _container.ExistsAsync(cancellationToken))
        {
            yield break;
        }

        var prefix = $"{model}/versions/";
        var versions = new List<string>();
        await foreach (var item in _container.GetBlobsByHierarchyAsync(BlobTraits.None, BlobStates.None, "/", prefix, cancellationToken))
        {
            if (item.IsPrefix)
            {
                versions.Add(item.Prefix[prefix.Length..].TrimEnd('/'));
            }
        }

        versions.Sort(StringComparer.Ordinal);
        foreach (var version in versions)
        {
            yield return version;
        }
    }

    private static BlobUploadOptions Upload(string contentType, BlobRequestConditions? conditions) => new()
    {
        HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
        Conditions = conditions,
    };

    // If-None-Match: * on an existing blob answers 409 BlobAlreadyExists; a stale If-Match answers 412.
    private static bool IsConditionFailure(RequestFailedException e) => e.Status is 409 or 412;

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (_containerExists)
        {
            return;
        }

        await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        _containerExists = true;
    }
}
