namespace ServiceQuality.LoadTest;

/// <summary>One request's outcome: what it was, how it ended, how long it took, and what it created.</summary>
public sealed record LoadResult(string Kind, int Status, TimeSpan Latency, string? CreatedId);
