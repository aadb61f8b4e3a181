using Microsoft.Extensions.DependencyInjection;
using ServiceQuality.Domain.Classification;
using ServiceQuality.ModelRegistry.Tests.Support;

namespace ServiceQuality.ModelRegistry.Tests.Serving;

[Collection(AzuriteCollection.Name)]
public sealed class ModelServerTests(AzuriteFixture azurite) : IDisposable
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 23, 19, 5, 1, TimeSpan.Zero));
    private readonly TempFolder _definitions = new();

    public void Dispose() => _definitions.Dispose();

    [Fact]
    public async Task Concurrent_first_calls_load_the_current_model_once()
    {
        var model = TestModelNames.New("serve");
        var observed = Observe();
        await using var services = Build(observed);
        var promoted = await services.GetRequiredService<ModelTrainingService>()
            .TrainAsync(model, TrainingData.Separable(), force: false, folds: 3, CancellationToken.None);
        var readsBefore = observed.CurrentReads;
        var registry = services.GetRequiredService<ModelServer>();

        var predictions = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() =>
            registry.PredictAsync(model, TrainingData.Unseen()[i % 6].Text, CancellationToken.None))));

        Assert.All(predictions, prediction => Assert.Equal(promoted.Version, prediction.Version));
        Assert.Equal(1, observed.ModelLoads);
        Assert.Equal(1, observed.CurrentReads - readsBefore);
    }

    [Fact]
    public async Task A_newly_promoted_version_is_served_once_the_refresh_interval_has_passed()
    {
        var model = TestModelNames.New("serve");
        var observed = Observe();
        await using var services = Build(observed, refreshInterval: TimeSpan.FromSeconds(60));
        var training = services.GetRequiredService<ModelTrainingService>();
        var registry = services.GetRequiredService<ModelServer>();
        var first = await training.TrainAsync(model, TrainingData.Separable(), force: false, folds: 3, CancellationToken.None);
        Assert.Equal(first.Version, (await registry.PredictAsync(model, "停車位一直客滿", CancellationToken.None)).Version);

        var second = await training.TrainAsync(model, TrainingData.Separable(), force: true, folds: 3, CancellationToken.None);
        var reads = observed.CurrentReads;
        _clock.Advance(TimeSpan.FromSeconds(59));
        var beforeInterval = await registry.PredictAsync(model, "停車位一直客滿", CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var afterInterval = await registry.PredictAsync(model, "停車位一直客滿", CancellationToken.None);
        var next = await registry.PredictAsync(model, "停車位一直客滿", CancellationToken.None);

        Assert.Equal(first.Version, beforeInterval.Version);
        Assert.Equal(second.Version, afterInterval.Version);
        Assert.Equal(second.Version, next.Version);
        Assert.Equal(TrainingData.Parking, afterInterval.Prediction.Label);
        Assert.Equal(1, observed.CurrentReads - reads);
        Assert.Equal(2, observed.ModelLoads);
    }

    [Fact]
    public async Task Without_a_new_version_the_check_reloads_nothing()
    {
        var model = TestModelNames.New("serve");
        var observed = Observe();
        await using var services = Build(observed, refreshInterval: TimeSpan.FromSeconds(10));
        await services.GetRequiredService<ModelTrainingService>()
            .TrainAsync(model, TrainingData.Separable(), force: false, folds: 3, CancellationToken.None);
        var registry = services.GetRequiredService<ModelServer>();
        var version = await registry.EnsureLoadedAsync(model, CancellationToken.None);
        var reads = observed.CurrentReads;

        for (var i = 0; i < 3; i++)
        {
            _clock.Advance(TimeSpan.FromSeconds(11));
            Assert.Equal(version, (await registry.PredictAsync(model, "帳單金額錯誤", CancellationToken.None)).Version);
        }

        Assert.Equal(3, observed.CurrentReads - reads);
        Assert.Equal(1, observed.ModelLoads);
    }

    [Fact]
    public async Task While_current_json_cannot_be_read_the_version_in_hand_keeps_serving()
    {
        var model = TestModelNames.New("serve");
        var observed = Observe();
        await using var services = Build(observed, refreshInterval: TimeSpan.FromSeconds(10));
        var training = services.GetRequiredService<ModelTrainingService>();
        var registry = services.GetRequiredService<ModelServer>();
        var first = await training.TrainAsync(model, TrainingData.Separable(), force: false, folds: 3, CancellationToken.None);
        await registry.EnsureLoadedAsync(model, CancellationToken.None);
        var second = await training.TrainAsync(model, TrainingData.Separable(), force: true, folds: 3, CancellationToken.None);

        observed.StorageUnavailable = true;
        _clock.Advance(TimeSpan.FromSeconds(11));
        var duringOutage = await registry.PredictAsync(model, "帳單金額錯誤", CancellationToken.None);
        observed.StorageUnavailable = false;
        var rightAfter = await registry.PredictAsync(model, "帳單金額錯誤", CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(11));
        var nextCheck = await registry.PredictAsync(model, "帳單金額錯誤", CancellationToken.None);

        Assert.Equal(first.Version, duringOutage.Version);
        Assert.Equal(TrainingData.Billing, duringOutage.Prediction.Label);
        Assert.Equal(first.Version, rightAfter.Version);
        Assert.Equal(second.Version, nextCheck.Version);
    }

    [Fact]
    public async Task Without_a_current_model_a_default_is_trained_from_seed_data_once()
    {
        var model = TestModelNames.New("serve");
        _definitions.WriteSeed(model, TrainingData.Separable());
        var observed = Observe();
        await using var services = Build(observed);
        var classifier = services.GetRequiredService<ITextClassifierPort>();

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(async () =>
        {
            var example = TrainingData.Unseen()[i % 6];
            return (example.Label, await classifier.ClassifyAsync(model, example.Text, CancellationToken.None));
        })));

        Assert.All(results, result => Assert.Equal(result.Label, result.Item2.Label));
        var repository = services.GetRequiredService<BlobModelRepository>();
        var versions = await repository.ListVersionsAsync(model, CancellationToken.None).ToListAsync();
        var current = await repository.GetCurrentAsync(model, CancellationToken.None);
        Assert.Equal([current!.Current.Version], versions);
        Assert.Equal("there was no current model", current.Current.Reason);
        var metrics = await repository.GetMetricsAsync(model, current.Current.Version, CancellationToken.None);
        Assert.Equal(TrainingData.Separable().Count, metrics!.ExampleCount);
        Assert.Equal(1, observed.ModelLoads);
    }

    [Fact]
    public async Task A_default_model_defers_to_one_another_instance_promoted_meanwhile()
    {
        var model = TestModelNames.New("serve");
        _definitions.WriteSeed(model, TrainingData.Separable());
        var observed = Observe();
        await using var otherInstance = Build(Observe());
        string? theirs = null;

        // The other instance promotes its model after this one found no current model but before it stores its own.
        observed.BeforeSaveVersion = async () =>
        {
            observed.BeforeSaveVersion = null;
            var run = await otherInstance.GetRequiredService<ModelTrainingService>()
                .TrainAsync(model, TrainingData.Noisy(), force: false, folds: 3, CancellationToken.None);
            theirs = run.Version;
        };
        await using var services = Build(observed);

        var served = await services.GetRequiredService<ModelServer>().EnsureLoadedAsync(model, CancellationToken.None);

        Assert.NotNull(theirs);
        Assert.Equal(theirs, served);
        var repository = services.GetRequiredService<BlobModelRepository>();
        Assert.Equal(theirs, (await repository.GetCurrentAsync(model, CancellationToken.None))!.Current.Version);
        Assert.Equal(2, (await repository.ListVersionsAsync(model, CancellationToken.None).ToListAsync()).Count);
    }

    [Fact]
    public async Task Many_concurrent_classifications_are_answered_correctly()
    {
        var model = TestModelNames.New("serve");
        await using var services = Build(Observe());
        await services.GetRequiredService<ModelTrainingService>()
            .TrainAsync(model, TrainingData.Separable(), force: false, folds: 3, CancellationToken.None);
        var classifier = services.GetRequiredService<ITextClassifierPort>();
        var examples = TrainingData.Unseen();

        var results = await Task.WhenAll(Enumerable.Range(0, 400).Select(i => Task.Run(async () =>
        {
            var example = examples[i % examples.Count];
            return (Expected: example.Label, Actual: await classifier.ClassifyAsync(model, example.Text, CancellationToken.None));
        })));

        Assert.All(results, result =>
        {
            Assert.Equal(result.Expected, result.Actual.Label);
            Assert.InRange(result.Actual.Confidence, 0.34f, 1f);
        });
    }

    [Fact]
    public async Task Classifications_in_flight_during_a_swap_all_succeed()
    {
        var model = TestModelNames.New("serve");
        await using var services = Build(Observe(), refreshInterval: TimeSpan.FromSeconds(1));
        var training = services.GetRequiredService<ModelTrainingService>();
        var registry = services.GetRequiredService<ModelServer>();
        await training.TrainAsync(model, TrainingData.Separable(), force: false, folds: 3, CancellationToken.None);
        await registry.EnsureLoadedAsync(model, CancellationToken.None);
        var examples = TrainingData.Unseen();
        var latest = "";

        using var stop = new CancellationTokenSource();
        var workers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            for (var count = 0; !stop.IsCancellationRequested || count < 50; count++)
            {
                var example = examples[(w + count) % examples.Count];
                var prediction = await registry.PredictAsync(model, example.Text, CancellationToken.None);
                Assert.Equal(example.Label, prediction.Prediction.Label);
            }
        })).ToList();
        for (var swap = 0; swap < 3; swap++)
        {
            latest = (await training.TrainAsync(model, TrainingData.Separable(), force: true, folds: 3, CancellationToken.None)).Version;
            _clock.Advance(TimeSpan.FromSeconds(2));
            await registry.PredictAsync(model, examples[0].Text, CancellationToken.None);
        }

        stop.Cancel();
        await Task.WhenAll(workers);

        // With the workers stopped, the next check is the only one and must find the last promotion.
        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(latest, (await registry.PredictAsync(model, examples[0].Text, CancellationToken.None)).Version);
    }

    [Fact]
    public async Task A_model_with_neither_current_version_nor_seed_data_fails_with_the_missing_path()
    {
        var model = TestModelNames.New("serve");
        await using var services = Build(Observe());

        var error = await Assert.ThrowsAsync<FileNotFoundException>(() =>
            services.GetRequiredService<ITextClassifierPort>().ClassifyAsync(model, "停車位", CancellationToken.None));

        Assert.Contains(Path.Combine(_definitions.Path, "training", model + ".csv"), error.Message, StringComparison.Ordinal);
    }

    private ObservedModelRepository Observe() => new(new BlobModelRepository(azurite.Blobs));

    private ServiceProvider Build(ObservedModelRepository observed, TimeSpan? refreshInterval = null) =>
        ModelServices.Build(azurite.ConnectionString, _clock, _definitions.Path, refreshInterval, observe: observed);
}
