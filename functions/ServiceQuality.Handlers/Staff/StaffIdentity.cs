using Microsoft.AspNetCore.Http;

namespace ServiceQuality.Handlers.Staff;

/// <summary>
/// Who is making a request, from the only two sources trusted: the Easy Auth principal where App Service
/// Authentication is on, and the development sign-in cookie in Development. A bare name header
/// (X-MS-CLIENT-PRINCIPAL-NAME) is never read.
/// </summary>
public sealed class StaffIdentity(StaffDirectory directory, StaffEnvironment environment, StaffSessionCookie cookie)
{
    /// <summary>The signed-in person (perhaps with no role at all), or null when nobody trusted is signed in.</summary>
    public StaffMember? Of(HttpRequest request)
    {
        if (environment.EasyAuthEnabled && EasyAuthPrincipal.Parse(request.Headers[EasyAuthPrincipal.Header]) is { } principal)
        {
            var listed = directory.Find(principal.Id);
            var roles = new HashSet<string>(principal.AppRoles, StringComparer.Ordinal);
            roles.UnionWith(listed?.Roles ?? new HashSet<string>());
            return new StaffMember(listed?.Id ?? principal.Id, listed?.Name ?? principal.DisplayName ?? principal.Id, listed?.UnitId, roles);
        }
        if (environment.IsDevelopment && directory.Find(cookie.Read(request)) is { } signedIn)
        {
            return signedIn;
        }
        return null;
    }
}
