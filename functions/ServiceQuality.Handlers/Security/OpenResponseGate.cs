using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using ServiceQuality.Domain.Integrity;
using ServiceQuality.Domain.Surveys;

namespace ServiceQuality.Handlers.Security;

/// <summary>
/// Admits an open response against its write budget: a kiosk's by its credential, anyone else's by the client address
/// the platform reports (X-Forwarded-For only where a trusted proxy sets it, so a spoofed header buys nothing).
/// </summary>
public sealed class OpenResponseGate(OpenResponseBudget budget, KioskTokens kiosks, ClientKeys clientKeys, IOptions<RateLimitOptions> rateLimits)
{
    public async Task<OpenResponseAdmission> AdmitAsync(HttpContext context, string source, string? formKioskToken, CancellationToken cancellationToken)
    {
        var credential = context.Request.Headers.TryGetValue(KioskTokens.HeaderName, out var header) && header.ToString().Length > 0
            ? header.ToString()
            : formKioskToken;
        string key;
        if (!string.IsNullOrEmpty(credential))
        {
            if (await kiosks.ReadAsync(credential, cancellationToken) is not { } device)
            {
                return new OpenResponseAdmission(null, null, true);
            }
            key = BurstDetector.KioskPrefix + device.DeviceId;
        }
        else
        {
            key = clientKeys.Of(ClientAddress.Of(context, rateLimits.Value.TrustForwardedFor));
        }
        return budget.TryAcquire(key) is { } wait
            ? new OpenResponseAdmission(null, wait, false)
            : new OpenResponseAdmission(new ResponseOrigin(source, key), null, false);
    }
}
