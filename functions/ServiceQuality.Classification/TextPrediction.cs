namespace ServiceQuality.Classification;

/// <summary>
/// A classification: the winning label, its probability-like confidence in [0, 1], and the scores
/// of every label (they sum to 1).
/// </summary>
public sealed record TextPrediction(string Label, float Confidence, IReadOnlyDictionary<string, float> Scores);
