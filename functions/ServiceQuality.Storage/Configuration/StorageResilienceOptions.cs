namespace ServiceQuality.Storage.Configuration;

/// <summary>
/// How long a storage call may take before the request gives up, bound from "Storage:Resilience". The SDK's
/// defaults retry for well over a minute; a citizen's request should fail within seconds with 503 and
/// Retry-After instead, and the client retries with its idempotency key.
/// </summary>
public sealed class StorageResilienceOptions
{
    public const string Section = "Storage:Resilience";

    public int MaxRetries { get; set; } = 2;

    public int DelayMilliseconds { get; set; } = 200;

    public int MaxDelayMilliseconds { get; set; } = 1000;

    public int NetworkTimeoutSeconds { get; set; } = 5;

    /// <summary>The Retry-After a client is told while storage is unavailable.</summary>
    public int RetryAfterSeconds { get; set; } = 5;
}
