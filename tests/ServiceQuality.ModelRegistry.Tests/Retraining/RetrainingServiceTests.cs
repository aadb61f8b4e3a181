using Microsoft.Extensions.DependencyInjection;
using ServiceQuality.Classification;
using ServiceQuality.Domain.Classification;
using ServiceQuality.ModelRegistry.Tests.Support;

namespace ServiceQuality.ModelRegistry.Tests.Retraining;

[Collection(AzuriteCollection.Name)]
public sealed class RetrainingServiceTests(AzuriteFixture azurite) : IDisposable
{
    private readonly TempFolder _definitions = new();
    private readonly InMemoryTrainingLabelStore _labels = new();

    public void Dispose() => _definitions.Dispose();

    [Fact]
    public async Task Retraining_learns_from_seed_data_and_the_corrections_people_made()
    {
        var model = TestModelNames.New("retrain");
        var seed = TrainingData.Separable();
        _definitions.WriteSeed(model, seed);
        await using var services = Build();

        // Staff moved one complaint to another category and labelled a text the seed never had.
        await _labels.AddAsync(new TrainingLabel(model, seed[0].Text, TrainingData.Billing, "staff:lin", DateTimeOffset.UnixEpoch, "case-1"), CancellationToken.None);
        await _labels.AddAsync(new TrainingLabel(model, "停車場出口標示不清楚", TrainingData.Parking, "staff:lin", DateTimeOffset.UnixEpoch, "case-2"), CancellationToken.None);
        var retraining = services.GetRequiredService<RetrainingService>();

        var data = await retraining.BuildTrainingSetAsync(model, CancellationToken.None);
        var run = await retraining.RetrainAsync(model, CancellationToken.None);

        Assert.Equal(seed.Count + 1, data.Count);
        Assert.Contains(new LabelledText(seed[0].Text, TrainingData.Billing), data);
        Assert.DoesNotContain(seed[0], data);
        Assert.Equal(seed.Count + 1, run.Metrics.ExampleCount);
        Assert.True(run.Promoted, run.Reason);
        Assert.Equal(3, run.Metrics.Folds);
    }

    [Fact]
    public async Task Retraining_does_not_promote_a_model_worse_than_the_current_one()
    {
        var model = TestModelNames.New("retrain");
        _definitions.WriteSeed(model, TrainingData.Noisy());
        await using var services = Build();
        var good = await services.GetRequiredService<ModelTrainingService>()
            .TrainAsync(model, TrainingData.Separable(), force: false, folds: 3, CancellationToken.None);

        var run = await services.GetRequiredService<RetrainingService>().RetrainAsync(model, CancellationToken.None);

        Assert.False(run.Promoted);
        Assert.Equal(good.Version, (await services.GetRequiredService<IModelRepository>().GetCurrentAsync(model, CancellationToken.None))!.Current.Version);
    }

    [Fact]
    public async Task Retraining_all_covers_every_model_of_the_pipeline()
    {
        foreach (var model in ModelNames.All)
        {
            _definitions.WriteSeed(model, TrainingData.Separable());
        }

        await using var services = Build();

        var runs = await services.GetRequiredService<RetrainingService>().RetrainAllAsync(CancellationToken.None);

        Assert.Equal(ModelNames.All, runs.Select(run => run.Model));
        var repository = services.GetRequiredService<IModelRepository>();
        foreach (var run in runs)
        {
            Assert.Equal(run.Promoted ? run.Version : run.Previous!.Version, (await repository.GetCurrentAsync(run.Model, CancellationToken.None))!.Current.Version);
        }
    }

    [Fact]
    public async Task Retraining_all_reports_a_failing_model_after_retraining_the_others()
    {
        _definitions.WriteSeed(ModelNames.ComplaintCategory, TrainingData.Separable());
        _definitions.WriteSeed(ModelNames.CommentTopic, TrainingData.Separable());
        await using var services = Build();

        var error = await Assert.ThrowsAsync<RetrainingFailedException>(
            () => services.GetRequiredService<RetrainingService>().RetrainAllAsync(CancellationToken.None));

        Assert.Equal([ModelNames.ComplaintCategory, ModelNames.CommentTopic], error.Completed.Select(run => run.Model));
        var failure = Assert.Single(error.InnerExceptions);
        Assert.Contains(ModelNames.CommentSentiment, failure.Message, StringComparison.Ordinal);
    }

    private ServiceProvider Build() =>
        ModelServices.Build(azurite.ConnectionString, definitionsPath: _definitions.Path, labels: _labels);
}
