using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Handlers.Security;

/// <summary>
/// Decides whether a form view counts for the response rate: once per visitor, survey and Taipei day. The visitor is
/// known by a signed cookie that lasts until the day ends; a client that drops cookies is counted at most a few times a
/// day per address (kept in memory by its keyed hash, never stored), so repeated GETs do not move the rate.
/// </summary>
public sealed class FormViews : IDisposable
{
    private readonly ClientKeys _clients;
    private readonly IOptions<RateLimitOptions> _rateLimits;
    private readonly TimeProvider _time;
    private readonly byte[] _key;
    private readonly PartitionedRateLimiter<string> _perAddress;

    public FormViews(IOptions<OpenResponseOptions> options, IOptions<RateLimitOptions> rateLimits, ClientKeys clients, TimeProvider time)
    {
        _clients = clients;
        _rateLimits = rateLimits;
        _time = time;
        _key = string.IsNullOrEmpty(options.Value.SigningKey) ? RandomNumberGenerator.GetBytes(32) : Encoding.UTF8.GetBytes(options.Value.SigningKey);
        var permits = Math.Max(1, options.Value.ViewsPerAddressPerDay);
        _perAddress = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromDays(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    public static string CookieName(string surveyId) => $"sq-view-{surveyId}";

    /// <summary>True when this view is to be counted; marks the visitor as counted for the rest of the day.</summary>
    public bool IsFirstToday(HttpContext context, string surveyId)
    {
        var now = _time.GetUtcNow();
        var day = TaipeiTime.DateOf(now).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var expected = $"{day}.{Sign(day, surveyId)}";
        if (context.Request.Cookies.TryGetValue(CookieName(surveyId), out var cookie)
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(cookie ?? ""), Encoding.ASCII.GetBytes(expected)))
        {
            return false;
        }
        context.Response.Cookies.Append(CookieName(surveyId), expected, new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = $"/surveys/{surveyId}",
            Expires = TaipeiTime.StartOf(TaipeiTime.DateOf(now).AddDays(1)),
        });
        using var lease = _perAddress.AttemptAcquire($"{_clients.Of(ClientAddress.Of(context, _rateLimits.Value.TrustForwardedFor))}|{surveyId}");
        return lease.IsAcquired;
    }

    public void Dispose() => _perAddress.Dispose();

    private string Sign(string day, string surveyId) =>
        WebEncoders.Base64UrlEncode(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"view|{day}|{surveyId}")));
}
