using Microsoft.Extensions.DependencyInjection;
using ServiceQuality.ModelRegistry.Tests.Support;

namespace ServiceQuality.ModelRegistry.Tests.Training;

[Collection(AzuriteCollection.Name)]
public sealed class ModelTrainingServiceTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private ServiceProvider _services = null!;

    private ModelTrainingService Training => _services.GetRequiredService<ModelTrainingService>();

    private IModelRepository Repository => _services.GetRequiredService<IModelRepository>();

    public Task InitializeAsync()
    {
        _services = ModelServices.Build(azurite.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task A_first_run_stores_version_and_metrics_and_becomes_current()
    {
        var model = TestModelNames.New("train");

        var run = await Training.TrainAsync(model, TrainingData.Separable(), force: false, folds: 3, CancellationToken.None);

        Assert.True(run.Promoted);
        Assert.Equal("there was no current model", run.Reason);
        Assert.Null(run.Previous);
        Assert.True(run.MacroF1 > 0.9, $"Macro-F1 {run.MacroF1} on separable data.");
        Assert.Contains("Macro-F1", run.ReportText, StringComparison.Ordinal);
        Assert.Contains("Confusion matrix", run.ReportText, StringComparison.Ordinal);

        var current = await Repository.GetCurrentAsync(model, CancellationToken.None);
        Assert.Equal(run.Version, current!.Current.Version);
        Assert.Equal(run.MacroF1, current.Current.MacroF1);

        var metrics = await Repository.GetMetricsAsync(model, run.Version, CancellationToken.None);
        Assert.NotNull(metrics);
        Assert.Equal(run.MacroF1, metrics.MacroF1);
        Assert.Equal(run.CrossValidation.Accuracy, metrics.Accuracy);
        Assert.Equal(3, metrics.Folds);
        Assert.Equal(TrainingData.Separable().Count, metrics.ExampleCount);
        Assert.Equal([TrainingData.Billing, TrainingData.Parking, TrainingData.Staff], metrics.Labels);
        Assert.Equal(metrics.Labels, metrics.PerClass.Select(c => c.Label));
        Assert.All(metrics.PerClass, c => Assert.InRange(c.Precision, 0.8, 1.0));
        Assert.Equal(3, metrics.ConfusionMatrix.Count);
        Assert.Equal(TrainingData.Separable().Count, metrics.ConfusionMatrix.Sum(row => row.Sum()));
        Assert.False(string.IsNullOrEmpty(metrics.PipelineVersion));
        Assert.Equal(run.Metrics.TrainedAt, metrics.TrainedAt);
    }

    [Fact]
    public async Task A_worse_model_is_stored_but_the_current_one_stays()
    {
        var model = TestModelNames.New("train");
        var good = await Training.TrainAsync(model, TrainingData.Separable(), force: false, folds: 3, CancellationToken.None);

        var worse = await Training.TrainAsync(model, TrainingData.Noisy(), force: false, folds: 3, CancellationToken.None);

        Assert.False(worse.Promoted);
        Assert.Contains("is worse than", worse.Reason, StringComparison.Ordinal);
        Assert.Equal(good.Version, worse.Previous!.Version);
        Assert.Equal(good.Version, (await Repository.GetCurrentAsync(model, CancellationToken.None))!.Current.Version);
        Assert.Contains(worse.Version, await Repository.ListVersionsAsync(model, CancellationToken.None).ToListAsync());
    }

    [Fact]
    public async Task A_worse_model_becomes_current_when_forced()
    {
        var model = TestModelNames.New("train");
        var good = await Training.TrainAsync(model, TrainingData.Separable(), force: false, folds: 3, CancellationToken.None);

        var forced = await Training.TrainAsync(model, TrainingData.Noisy(), force: true, folds: 3, CancellationToken.None);

        Assert.True(forced.Promoted);
        Assert.Contains("forced", forced.Reason, StringComparison.Ordinal);
        Assert.True(forced.MacroF1 < good.MacroF1);
        Assert.Equal(forced.Version, (await Repository.GetCurrentAsync(model, CancellationToken.None))!.Current.Version);
    }

    [Fact]
    public async Task A_model_as_good_as_the_current_one_replaces_it()
    {
        var model = TestModelNames.New("train");
        var first = await Training.TrainAsync(model, TrainingData.Separable(), force: false, folds: 3, CancellationToken.None);

        var again = await Training.TrainAsync(model, TrainingData.Separable(), force: false, folds: 3, CancellationToken.None);

        Assert.Equal(first.MacroF1, again.MacroF1);
        Assert.True(again.Promoted, again.Reason);
        Assert.Contains("is not worse than", again.Reason, StringComparison.Ordinal);
        Assert.NotEqual(first.Version, again.Version);
        Assert.Equal(again.Version, (await Repository.GetCurrentAsync(model, CancellationToken.None))!.Current.Version);
    }

    [Fact]
    public async Task Concurrent_runs_leave_the_better_model_current_whichever_finishes_first()
    {
        var model = TestModelNames.New("train");

        var runs = await Task.WhenAll(
            Training.TrainAsync(model, TrainingData.Noisy(), force: false, folds: 3, CancellationToken.None),
            Training.TrainAsync(model, TrainingData.Separable(), force: false, folds: 3, CancellationToken.None),
            Training.TrainAsync(model, TrainingData.Noisy(), force: false, folds: 3, CancellationToken.None));

        var best = runs.MaxBy(run => run.MacroF1)!;
        Assert.True(best.Promoted);
        Assert.Equal(best.Version, (await Repository.GetCurrentAsync(model, CancellationToken.None))!.Current.Version);
        Assert.Equal(3, runs.Select(run => run.Version).Distinct().Count());
    }

    [Fact]
    public async Task A_default_model_does_not_replace_one_that_became_current_meanwhile()
    {
        var model = TestModelNames.New("train");
        var theirs = await Training.TrainAsync(model, TrainingData.Noisy(), force: false, folds: 3, CancellationToken.None);

        var ours = await Training.TrainAsync(model, TrainingData.Separable(), PromotionRule.OnlyIfNoCurrentModel, folds: 3, CancellationToken.None);

        Assert.False(ours.Promoted);
        Assert.Contains("became current meanwhile", ours.Reason, StringComparison.Ordinal);
        Assert.Equal(theirs.Version, (await Repository.GetCurrentAsync(model, CancellationToken.None))!.Current.Version);
    }

    [Fact]
    public async Task Data_with_a_single_label_is_refused_before_anything_is_stored()
    {
        var model = TestModelNames.New("train");
        var oneLabel = TrainingData.Separable().Where(example => example.Label == TrainingData.Staff).ToList();

        var error = await Assert.ThrowsAsync<TrainingDataException>(
            () => Training.TrainAsync(model, oneLabel, force: false, folds: 3, CancellationToken.None));

        Assert.Contains("at least 2 labels", error.Message, StringComparison.Ordinal);
        Assert.Empty(await Repository.ListVersionsAsync(model, CancellationToken.None).ToListAsync());
    }
}
