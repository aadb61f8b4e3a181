using System.Text;
using System.Text.Json;

namespace ServiceQuality.Handlers.Staff;

/// <summary>
/// The X-MS-CLIENT-PRINCIPAL header App Service Authentication sets after it signed a user in: base64 JSON with
/// auth_typ, name_typ, role_typ and the token's claims. Read only where the platform set it (StaffEnvironment.EasyAuthEnabled).
/// </summary>
public sealed record EasyAuthPrincipal(string Id, string? DisplayName, IReadOnlySet<string> AppRoles)
{
    public const string Header = "X-MS-CLIENT-PRINCIPAL";

    // Entra ID puts the UPN or e-mail in these; the first present is the person's id.
    private static readonly string[] IdClaims =
    [
        "preferred_username", "upn", "email",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
    ];

    private static readonly string[] RoleClaims = ["roles", "http://schemas.microsoft.com/ws/2008/06/identity/claims/role"];

    /// <summary>The principal in the header, or null when it is missing or not a principal.</summary>
    public static EasyAuthPrincipal? Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header) || header.Length > 16_384)
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(header.Trim())));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("claims", out var claims) || claims.ValueKind != JsonValueKind.Array)
            {
                return null;
            }
            var nameType = String(root, "name_typ");
            var roleType = String(root, "role_typ");
            var pairs = claims.EnumerateArray()
                .Where(c => c.ValueKind == JsonValueKind.Object)
                .Select(c => (Type: String(c, "typ"), Value: String(c, "val")))
                .Where(c => !string.IsNullOrWhiteSpace(c.Type) && !string.IsNullOrWhiteSpace(c.Value))
                .ToList();
            string? First(IEnumerable<string?> types) => types.Where(t => t is not null)
                .Select(t => pairs.FirstOrDefault(p => p.Type == t).Value).FirstOrDefault(v => v is not null);
            var id = First(IdClaims) ?? First([nameType]);
            if (id is null)
            {
                return null;
            }
            var roles = pairs.Where(p => p.Type == roleType || RoleClaims.Contains(p.Type)).Select(p => p.Value!).Where(StaffRoles.IsKnown);
            return new EasyAuthPrincipal(id.Trim(), First(["name", nameType]), new HashSet<string>(roles, StringComparer.Ordinal));
        }
        catch (Exception e) when (e is FormatException or JsonException or DecoderFallbackException)
        {
            return null;
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
