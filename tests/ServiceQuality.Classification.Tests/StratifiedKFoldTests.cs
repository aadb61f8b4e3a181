namespace ServiceQuality.Classification.Tests;

public sealed class StratifiedKFoldTests
{
    private static readonly string[] Labels =
        Enumerable.Repeat("common", 70).Concat(Enumerable.Repeat("medium", 23)).Concat(Enumerable.Repeat("rare", 7)).ToArray();

    [Fact]
    public void Every_fold_keeps_each_class_in_its_overall_proportion()
    {
        const int folds = 5;

        var assignment = StratifiedKFold.AssignFolds(Labels, folds, seed: 3);

        foreach (var label in Labels.Distinct())
        {
            var total = Labels.Count(l => l == label);
            for (var fold = 0; fold < folds; fold++)
            {
                var inFold = Enumerable.Range(0, Labels.Length).Count(i => assignment[i] == fold && Labels[i] == label);
                Assert.InRange(inFold, total / folds, (total + folds - 1) / folds);
            }
        }
    }

    [Fact]
    public void Folds_are_balanced_in_size_and_cover_every_example_once()
    {
        var assignment = StratifiedKFold.AssignFolds(Labels, folds: 3, seed: 3);

        Assert.Equal(Labels.Length, assignment.Length);
        Assert.All(assignment, fold => Assert.InRange(fold, 0, 2));
        var sizes = assignment.GroupBy(fold => fold).Select(group => group.Count()).ToArray();
        Assert.True(sizes.Max() - sizes.Min() <= 1, $"Fold sizes {string.Join(", ", sizes)}.");
    }

    [Fact]
    public void The_same_seed_gives_the_same_folds_and_another_seed_shuffles_them()
    {
        var first = StratifiedKFold.AssignFolds(Labels, 5, seed: 11);
        var again = StratifiedKFold.AssignFolds(Labels, 5, seed: 11);
        var other = StratifiedKFold.AssignFolds(Labels, 5, seed: 12);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Cross_validation_predicts_every_example_once()
    {
        var data = ComplaintExamples.Training();

        var report = new ModelTrainer().CrossValidate(data, folds: 3, seed: 5);

        Assert.Equal(data.Count, report.ExampleCount);
        Assert.Equal(data.Count, report.ConfusionMatrix.Sum(row => row.Sum()));
        Assert.All(report.PerClass, metrics => Assert.Equal(data.Count(example => example.Label == metrics.Label), metrics.Support));
        Assert.True(report.MacroF1 > 0.9, report.ToText());
    }
}
