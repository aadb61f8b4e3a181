using Azure.Storage.Blobs;
using ServiceQuality.Classification;
using ServiceQuality.ModelRegistry.Tests.Support;

namespace ServiceQuality.ModelRegistry.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class BlobModelRepositoryTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset TrainedAt = new(2026, 11, 23, 19, 5, 1, TimeSpan.Zero);

    private readonly BlobModelRepository _repository = new(azurite.Blobs);

    [Fact]
    public async Task A_saved_version_is_named_after_its_training_time_and_holds_model_and_metrics()
    {
        var model = TestModelNames.New("repo");
        var trained = new ModelTrainer(new ManualClock(TrainedAt)).Train(TrainingData.Separable());

        var stored = await _repository.SaveVersionAsync(model, trained, version => Metrics(model, version, 0.9), CancellationToken.None);

        Assert.Equal("20261123T190501Z", stored.Version);
        Assert.Equal($"models/{model}/versions/20261123T190501Z/model.zip", stored.ModelPath);
        Assert.Equal($"models/{model}/versions/20261123T190501Z/metrics.json", stored.MetricsPath);
        var container = azurite.Blobs.GetBlobContainerClient(BlobModelRepository.ContainerName);
        Assert.True(await container.GetBlobClient($"{model}/versions/20261123T190501Z/model.zip").ExistsAsync());
        Assert.Equal(stored.ModelUri, container.GetBlobClient($"{model}/versions/20261123T190501Z/model.zip").Uri);

        var metrics = await _repository.GetMetricsAsync(model, stored.Version, CancellationToken.None);
        Assert.NotNull(metrics);
        Assert.Equal(stored.Version, metrics.Version);
        Assert.Equal(0.9, metrics.MacroF1);

        var loaded = await _repository.LoadModelAsync(model, stored.Version, CancellationToken.None);
        using var classifier = new PooledTextClassifier(loaded);
        Assert.All(TrainingData.Unseen(), example => Assert.Equal(example.Label, classifier.Predict(example.Text).Label));
        Assert.Equal(TrainedAt, loaded.Metadata.TrainedAt);
    }

    [Fact]
    public async Task Runs_trained_in_the_same_second_get_distinct_versions_listed_in_training_order()
    {
        var model = TestModelNames.New("repo");
        var trained = new ModelTrainer(new ManualClock(TrainedAt)).Train(TrainingData.Separable());

        var first = await _repository.SaveVersionAsync(model, trained, version => Metrics(model, version, 0.8), CancellationToken.None);
        var second = await _repository.SaveVersionAsync(model, trained, version => Metrics(model, version, 0.9), CancellationToken.None);
        var later = await _repository.SaveVersionAsync(
            model,
            new ModelTrainer(new ManualClock(TrainedAt.AddSeconds(1))).Train(TrainingData.Separable()),
            version => Metrics(model, version, 0.7),
            CancellationToken.None);

        Assert.Equal("20261123T190501Z", first.Version);
        Assert.Equal("20261123T190501Z-01", second.Version);
        Assert.Equal("20261123T190502Z", later.Version);
        Assert.Equal([first.Version, second.Version, later.Version], await _repository.ListVersionsAsync(model, CancellationToken.None).ToListAsync());
        Assert.Equal(0.8, (await _repository.GetMetricsAsync(model, first.Version, CancellationToken.None))!.MacroF1);
        Assert.Equal(0.9, (await _repository.GetMetricsAsync(model, second.Version, CancellationToken.None))!.MacroF1);
    }

    [Fact]
    public async Task A_model_never_trained_has_no_current_version_no_versions_and_no_metrics()
    {
        var model = TestModelNames.New("repo");

        Assert.Null(await _repository.GetCurrentAsync(model, CancellationToken.None));
        Assert.Empty(await _repository.ListVersionsAsync(model, CancellationToken.None).ToListAsync());
        Assert.Null(await _repository.GetMetricsAsync(model, "20261123T190501Z", CancellationToken.None));
        await Assert.ThrowsAsync<InvalidOperationException>(() => _repository.LoadModelAsync(model, "20261123T190501Z", CancellationToken.None));
    }

    [Fact]
    public async Task Of_concurrent_first_promotions_exactly_one_wins()
    {
        var model = TestModelNames.New("repo");

        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            _repository.TryPromoteAsync(Current(model, $"v{i}", 0.5), expected: null, CancellationToken.None)));

        Assert.Single(attempts, won => won);
        var current = await _repository.GetCurrentAsync(model, CancellationToken.None);
        Assert.Equal($"v{Array.IndexOf(attempts, true)}", current!.Current.Version);
    }

    [Fact]
    public async Task Of_concurrent_promotions_that_read_the_same_current_json_exactly_one_wins()
    {
        var model = TestModelNames.New("repo");
        Assert.True(await _repository.TryPromoteAsync(Current(model, "v-initial", 0.5), expected: null, CancellationToken.None));
        var read = await _repository.GetCurrentAsync(model, CancellationToken.None);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            _repository.TryPromoteAsync(Current(model, $"v{i}", 0.6), read!.ETag, CancellationToken.None)));

        Assert.Single(attempts, won => won);
        var current = await _repository.GetCurrentAsync(model, CancellationToken.None);
        Assert.Equal($"v{Array.IndexOf(attempts, true)}", current!.Current.Version);
        Assert.NotEqual(read!.ETag, current.ETag);

        // A promotion based on the stale read is refused too, however late it comes.
        Assert.False(await _repository.TryPromoteAsync(Current(model, "v-late", 0.99), read.ETag, CancellationToken.None));
    }

    [Fact]
    public async Task Current_json_is_readable_json_naming_version_and_macro_f1()
    {
        var model = TestModelNames.New("repo");
        await _repository.TryPromoteAsync(Current(model, "20261123T190501Z", 0.875), expected: null, CancellationToken.None);

        var blob = azurite.Blobs.GetBlobContainerClient(BlobModelRepository.ContainerName).GetBlobClient($"{model}/current.json");
        var json = (await blob.DownloadContentAsync()).Value.Content.ToString();

        Assert.Contains("\"version\": \"20261123T190501Z\"", json, StringComparison.Ordinal);
        Assert.Contains("\"macroF1\": 0.875", json, StringComparison.Ordinal);
    }

    private static CurrentModel Current(string model, string version, double macroF1) =>
        new(model, version, macroF1, TrainedAt, "test");

    private static ModelMetrics Metrics(string model, string version, double macroF1) =>
        new(model, version, macroF1, macroF1, 3, 144, TrainedAt, "test-pipeline", "SdcaMaximumEntropy", ["a", "b"], [], []);
}
