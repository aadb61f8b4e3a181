namespace ServiceQuality.Classification.Tests;

/// <summary>Compares predictions by content: label, confidence and every label's score.</summary>
internal sealed class PredictionComparer : IEqualityComparer<TextPrediction>
{
    public static PredictionComparer Instance { get; } = new();

    public bool Equals(TextPrediction? x, TextPrediction? y) =>
        x is not null && y is not null &&
        x.Label == y.Label &&
        x.Confidence.Equals(y.Confidence) &&
        x.Scores.Count == y.Scores.Count &&
        x.Scores.All(pair => y.Scores.TryGetValue(pair.Key, out var other) && pair.Value.Equals(other));

    public int GetHashCode(TextPrediction obj) => obj.Label.GetHashCode(StringComparison.Ordinal);
}
