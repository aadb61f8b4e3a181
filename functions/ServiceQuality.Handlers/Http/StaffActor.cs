using Microsoft.AspNetCore.Http;

namespace ServiceQuality.Handlers.Http;

/// <summary>Who is acting on a staff endpoint, for the case history and the audit trail.</summary>
public static class StaffActor
{
    // App Service Authentication sets this header after signing the user in and strips any copy a client sends.
    public const string PrincipalNameHeader = "X-MS-CLIENT-PRINCIPAL-NAME";

    /// <summary>The signed-in staff member where App Service Authentication is on; otherwise the holder of the function key.</summary>
    public static string Of(HttpRequest request) =>
        request.Headers.TryGetValue(PrincipalNameHeader, out var name) && !string.IsNullOrWhiteSpace(name)
            ? name.ToString()
            : "staff (function key)";
}
