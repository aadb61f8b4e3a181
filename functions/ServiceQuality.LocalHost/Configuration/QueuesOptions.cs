namespace ServiceQuality.LocalHost.Configuration;

/// <summary>host.json extensions.queues, with the Functions host's defaults.</summary>
public sealed record QueuesOptions
{
    public int BatchSize { get; init; } = 16;
    public int? NewBatchThreshold { get; init; }
    public TimeSpan MaxPollingInterval { get; init; } = TimeSpan.FromMinutes(1);
    public TimeSpan VisibilityTimeout { get; init; } = TimeSpan.Zero;
    public int MaxDequeueCount { get; init; } = 5;

    /// <summary>The Functions host fetches a new batch when in-flight messages fall to this many.</summary>
    public int EffectiveNewBatchThreshold => NewBatchThreshold ?? BatchSize / 2;
}
