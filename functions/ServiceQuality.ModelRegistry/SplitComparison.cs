namespace ServiceQuality.ModelRegistry;

/// <summary>
/// A new version and the current one scored on the same fixed evaluation split
/// (<see cref="FixedEvaluationSplit"/>). <paramref name="Current"/> is null when the current version
/// could not be scored, and <paramref name="CurrentUnavailable"/> then says why.
/// </summary>
internal sealed record SplitComparison(double Candidate, double? Current, int Examples, string? CurrentUnavailable = null);
