namespace ServiceQuality.Handlers.Security;

/// <summary>
/// Per-client limits on the anonymous endpoints, bound from the "RateLimits" configuration section. The
/// defaults are generous: a row of kiosks behind one NAT address, or a test suite on loopback, stays far
/// below them, while a script hammering the API from one address is slowed to a trickle.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Requests a client may send in a burst.</summary>
    public int BurstLimit { get; set; } = 1000;

    /// <summary>Requests per second added back to a client's allowance.</summary>
    public int RequestsPerSecond { get; set; } = 20;

    /// <summary>
    /// Take the client from the first X-Forwarded-For hop. Only where a trusted proxy sets that header (App
    /// Service, Front Door); elsewhere any client could claim any address.
    /// </summary>
    public bool TrustForwardedFor { get; set; }
}
