namespace ServiceQuality.Domain.Reports;

/// <summary>
/// A stored rollup: the figures as JSON and, apart from them, when they were computed, so that two runs over the same
/// data store the same <paramref name="Figures"/> and differ only in <paramref name="ComputedAt"/>.
/// </summary>
public sealed record StoredRollup(string Period, string Kind, string Figures, DateTimeOffset ComputedAt);
