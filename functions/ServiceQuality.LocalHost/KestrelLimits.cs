using Microsoft.AspNetCore.Server.Kestrel.Core;
using ServiceQuality.Handlers.Http;
using ServiceQuality.Handlers.Http.Requests;

namespace ServiceQuality.LocalHost;

/// <summary>
/// Kestrel's own limits, the outer fence behind the request guard: bodies over the endpoints' limit are cut
/// off while being read, and header or request-line floods are refused before any handler runs.
/// </summary>
public static class KestrelLimits
{
    public static void Apply(KestrelServerOptions options)
    {
        options.AddServerHeader = false;
        options.Limits.MaxRequestBodySize = RequestBody.MaxBytes;
        options.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        options.Limits.MaxRequestHeaderCount = 100;
        options.Limits.MaxRequestLineSize = 8 * 1024;
        options.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(15);
        options.ConfigureEndpointDefaults(listen => listen.Use(KestrelRefusals.Middleware));
    }
}
