namespace ServiceQuality.Classification.Tests;

public sealed class EvaluationReportTests
{
    // Actual:    a a a a b b c
    // Predicted: a a a b b c c
    private static readonly string[] Actual = ["a", "a", "a", "a", "b", "b", "c"];
    private static readonly string[] Predicted = ["a", "a", "a", "b", "b", "c", "c"];

    [Fact]
    public void Metrics_follow_the_confusion_matrix()
    {
        var report = EvaluationReport.FromPredictions(Actual, Predicted);

        Assert.Equal(["a", "b", "c"], report.Labels);
        Assert.Equal(new[] { new[] { 3, 1, 0 }, new[] { 0, 1, 1 }, new[] { 0, 0, 1 } }, report.ConfusionMatrix);
        Assert.Equal(5.0 / 7, report.Accuracy, 10);

        var a = report.PerClass[0];
        Assert.Equal((1.0, 0.75, 4), (a.Precision, a.Recall, a.Support));
        var b = report.PerClass[1];
        Assert.Equal((0.5, 0.5, 2), (b.Precision, b.Recall, b.Support));
        var c = report.PerClass[2];
        Assert.Equal((0.5, 1.0, 1), (c.Precision, c.Recall, c.Support));

        var f1A = 2 * 1.0 * 0.75 / 1.75;
        var f1C = 2 * 0.5 * 1.0 / 1.5;
        Assert.Equal((f1A + 0.5 + f1C) / 3, report.MacroF1, 10);
    }

    [Fact]
    public void Labels_known_to_the_model_but_absent_from_the_data_are_listed_with_zero_support()
    {
        var report = EvaluationReport.FromPredictions(["x"], ["x"], knownLabels: ["x", "y"]);

        Assert.Equal(["x", "y"], report.Labels);
        Assert.Equal(0, report.PerClass[1].Support);
    }

    [Fact]
    public void Text_rendering_shows_every_figure_in_aligned_columns()
    {
        var report = EvaluationReport.FromPredictions(
            ["停車", "停車", "billing", "billing"],
            ["停車", "billing", "billing", "billing"]);

        var text = report.ToText();
        var sections = text.Split("Confusion matrix");
        var lines = sections[0].Split(Environment.NewLine);
        var matrixLines = sections[1].Split(Environment.NewLine);

        Assert.Contains("Macro-F1: 0.7333", text);
        Assert.Contains("Accuracy: 0.7500", text);
        var header = Assert.Single(lines, line => line.StartsWith("Label", StringComparison.Ordinal));
        var parking = Assert.Single(lines, line => line.StartsWith("停車 ", StringComparison.Ordinal));
        var billing = Assert.Single(lines, line => line.StartsWith("billing ", StringComparison.Ordinal) && line.Contains("0.6667"));

        // Right-aligned numbers end in the same display column whatever script the label is in.
        Assert.Equal(DisplayWidth(header), DisplayWidth(parking));
        Assert.Equal(DisplayWidth(header), DisplayWidth(billing));
        Assert.Equal(2, sections.Length);
        var parkingRow = Assert.Single(matrixLines, line => line.StartsWith("停車 ", StringComparison.Ordinal));
        Assert.Equal(["停車", "1", "1"], parkingRow.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(DisplayWidth(matrixLines[1]), DisplayWidth(parkingRow));
    }

    private static int DisplayWidth(string line) => line.Sum(c => c >= '\u2E80' ? 2 : 1);

    [Fact]
    public void Evaluating_a_model_reports_on_the_test_data()
    {
        var trainer = new ModelTrainer();
        var model = trainer.Train(ComplaintExamples.Training(), TrainingOptions.Default, CancellationToken.None);

        var report = trainer.Evaluate(model, ComplaintExamples.Unseen());

        Assert.Equal(ComplaintExamples.Unseen().Count, report.ExampleCount);
        Assert.Equal(1.0, report.Accuracy);
        Assert.Equal(1.0, report.MacroF1);
    }
}
