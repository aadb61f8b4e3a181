using Microsoft.AspNetCore.Http;

namespace ServiceQuality.Handlers.Security;

/// <summary>
/// The headers every response carries. The pages load their stylesheet and scripts from /assets only, with
/// no inline script or style, so the policy can forbid everything else.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>
    {
        ["Content-Security-Policy"] = ContentSecurityPolicy,
        ["X-Content-Type-Options"] = "nosniff",
        // Invitation links carry a token in the query string; no page ever tells another site where it was.
        ["Referrer-Policy"] = "no-referrer",
        ["X-Frame-Options"] = "DENY",
        ["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
        ["Cross-Origin-Opener-Policy"] = "same-origin",
    };

    /// <summary>Adds the headers as the response starts, so error responses written later carry them too.</summary>
    public static void ApplyOnStarting(HttpResponse response) =>
        response.OnStarting(static state =>
        {
            var headers = ((HttpResponse)state).Headers;
            foreach (var (name, value) in All)
            {
                headers[name] = value;
            }
            return Task.CompletedTask;
        }, response);
}
