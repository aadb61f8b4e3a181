using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ServiceQuality.Handlers.Security;

/// <summary>
/// The write budget of open responses, per client address or kiosk: a minute's and a day's allowance, both of which
/// a response must fit. Kept in memory per instance, so it costs no storage request; across instances the rollup's
/// quarantine, which reads the stored client keys of the whole month, is the durable check.
/// </summary>
public sealed class OpenResponseBudget : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public OpenResponseBudget(IOptions<OpenResponseOptions> options)
    {
        var o = options.Value;
        _limiter = PartitionedRateLimiter.CreateChained(
            Limiter(key => IsKiosk(key) ? o.KioskPerMinute : o.PerMinute, TimeSpan.FromMinutes(1)),
            Limiter(key => IsKiosk(key) ? o.KioskPerDay : o.PerDay, TimeSpan.FromDays(1)));
    }

    /// <summary>Null when the response may be sent; otherwise how long the client should wait.</summary>
    public TimeSpan? TryAcquire(string clientKey)
    {
        using var lease = _limiter.AttemptAcquire(clientKey);
        if (lease.IsAcquired)
        {
            return null;
        }
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
    }

    public void Dispose() => _limiter.Dispose();

    private static bool IsKiosk(string key) => key.StartsWith(Domain.Integrity.BurstDetector.KioskPrefix, StringComparison.Ordinal);

    // A sliding window, not a token bucket: no burst is saved up for later.
    private static PartitionedRateLimiter<string> Limiter(Func<string, int> permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, k => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits(k)),
            Window = window,
            SegmentsPerWindow = 6,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}
