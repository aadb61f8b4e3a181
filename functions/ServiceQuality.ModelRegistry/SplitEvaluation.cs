namespace ServiceQuality.ModelRegistry;

/// <summary>A stored version's quality on the fixed evaluation split (<see cref="FixedEvaluationSplit"/>).</summary>
/// <param name="Rule">Which texts the split holds out.</param>
/// <param name="Fingerprint">SHA-256 of the held-out examples, the same for two versions judged on the same texts and labels.</param>
public sealed record SplitEvaluation(string Rule, int Examples, string Fingerprint, double MacroF1, double Accuracy);
