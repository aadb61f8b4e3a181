using System.Net;
using Microsoft.AspNetCore.Http;

namespace ServiceQuality.Handlers.Security;

/// <summary>Who a request comes from, for rate limiting: the remote address, or a trusted proxy's first hop.</summary>
public static class ClientAddress
{
    public const string ForwardedForHeader = "X-Forwarded-For";

    public static string Of(HttpContext context, bool trustForwardedFor)
    {
        if (trustForwardedFor && context.Request.Headers.TryGetValue(ForwardedForHeader, out var forwarded)
            && Parse(forwarded.ToString().Split(',')[0].Trim()) is { } first)
        {
            return first;
        }
        return context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }

    // App Service appends the client's port ("203.0.113.7:52344"); IPv6 may come bracketed with a port.
    private static string? Parse(string hop) =>
        IPAddress.TryParse(hop, out var address) ? address.ToString()
        : IPEndPoint.TryParse(hop, out var endpoint) ? endpoint.Address.ToString()
        : null;
}
