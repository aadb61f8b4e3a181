namespace ServiceQuality.Domain.Reports;

/// <summary>What a rollup run recomputed: the periods in the order they were stored.</summary>
public sealed record RollupRun(IReadOnlyList<string> Periods, DateTimeOffset ComputedAt);
