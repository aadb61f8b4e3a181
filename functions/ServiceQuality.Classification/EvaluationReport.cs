namespace ServiceQuality.Classification;

/// <summary>
/// Quality of a classifier on labelled data. Macro-F1 is the headline figure because it weighs
/// rare categories as much as common ones. <see cref="ConfusionMatrix"/> rows are true labels and
/// columns predicted labels, both in <see cref="Labels"/> order.
/// </summary>
public sealed record EvaluationReport(
    IReadOnlyList<string> Labels,
    double MacroF1,
    double Accuracy,
    IReadOnlyList<ClassMetrics> PerClass,
    IReadOnlyList<IReadOnlyList<int>> ConfusionMatrix,
    int ExampleCount)
{
    /// <summary>
    /// Builds the report from paired true and predicted labels. Labels that appear only in the
    /// data (never predicted, unknown to the model) are included, with zero recall.
    /// </summary>
    public static EvaluationReport FromPredictions(
        IReadOnlyList<string> actual,
        IReadOnlyList<string> predicted,
        IEnumerable<string>? knownLabels = null)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(predicted);
        if (actual.Count != predicted.Count)
        {
            throw new ArgumentException("There must be one prediction per example.", nameof(predicted));
        }

        var labels = (knownLabels ?? []).Concat(actual).Concat(predicted)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var index = labels.Select((label, i) => (label, i)).ToDictionary(pair => pair.label, pair => pair.i, StringComparer.Ordinal);
        var matrix = new int[labels.Length][];
        for (var i = 0; i < labels.Length; i++)
        {
            matrix[i] = new int[labels.Length];
        }

        var correct = 0;
        for (var i = 0; i < actual.Count; i++)
        {
            matrix[index[actual[i]]][index[predicted[i]]]++;
            correct += string.Equals(actual[i], predicted[i], StringComparison.Ordinal) ? 1 : 0;
        }

        var perClass = new ClassMetrics[labels.Length];
        for (var c = 0; c < labels.Length; c++)
        {
            var truePositives = matrix[c][c];
            var support = matrix[c].Sum();
            var predictedCount = matrix.Sum(row => row[c]);
            var precision = predictedCount == 0 ? 0 : (double)truePositives / predictedCount;
            var recall = support == 0 ? 0 : (double)truePositives / support;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perClass[c] = new ClassMetrics(labels[c], precision, recall, f1, support);
        }

        return new EvaluationReport(
            labels,
            MacroF1: perClass.Length == 0 ? 0 : perClass.Average(metrics => metrics.F1),
            Accuracy: actual.Count == 0 ? 0 : (double)correct / actual.Count,
            perClass,
            matrix,
            actual.Count);
    }

    /// <summary>Plain-text rendering with aligned columns, as printed by the training command.</summary>
    public string ToText() => EvaluationReportFormatter.Format(this);
}
