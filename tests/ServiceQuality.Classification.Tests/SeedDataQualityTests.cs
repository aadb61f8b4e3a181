namespace ServiceQuality.Classification.Tests;

/// <summary>
/// The default models are trained from the seed data the project ships; each must keep its macro-F1 floor
/// on a held-out fifth, split per class so every label is tested.
/// </summary>
public sealed class SeedDataQualityTests
{
    [Theory]
    [InlineData("complaint-category", 0.85)]
    [InlineData("comment-topic", 0.75)]
    [InlineData("comment-sentiment", 0.75)]
    public async Task A_model_trained_on_four_fifths_of_the_seed_data_keeps_its_floor_on_the_rest(string model, double floor)
    {
        var path = Path.Combine(RepositoryData.RepositoryRoot(), "functions", "definitions", "training", $"{model}.csv");
        await using var stream = File.OpenRead(path);
        var data = await TrainingCsv.ReadCsvAsync(stream, cancellationToken: CancellationToken.None);
        var folds = StratifiedKFold.AssignFolds(data.Select(d => d.Label).ToList(), folds: 5, seed: 7);
        var train = data.Where((_, i) => folds[i] != 0).ToList();
        var test = data.Where((_, i) => folds[i] == 0).ToList();
        var trainer = new ModelTrainer();

        var report = trainer.Evaluate(trainer.Train(train, TrainingOptions.Default, CancellationToken.None), test);

        Assert.True(report.MacroF1 >= floor, $"{model}: macro-F1 {report.MacroF1:0.0000} is below {floor}.{Environment.NewLine}{report.ToText()}");
    }
}
