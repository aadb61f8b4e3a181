namespace ServiceQuality.Benchmarks;

/// <summary>
/// The per-client rate limit protects the public endpoints from one abusive address; a benchmark is that one
/// address on purpose, so its hosts lift the limit and the open-response write budget to measure the pipeline rather than the limiters.
/// </summary>
public static class Unthrottled
{
    public static Dictionary<string, string?> Settings(Dictionary<string, string?>? others = null)
    {
        var settings = new Dictionary<string, string?>(others ?? [])
        {
            ["RateLimits:RequestsPerSecond"] = "1000000",
            ["RateLimits:BurstLimit"] = "1000000",
            ["OpenResponses:PerMinute"] = "1000000",
            ["OpenResponses:PerDay"] = "1000000",
            // On a machine shared with other work Azurite may take seconds to answer; a benchmark measures throughput,
            // so it waits rather than failing fast into 503 as an outage should.
            ["Storage:Resilience:NetworkTimeoutSeconds"] = "60",
        };
        return settings;
    }
}
