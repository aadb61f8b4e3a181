namespace ServiceQuality.Handlers.Security;

/// <summary>
/// The route prefixes of the staff endpoints (a signed-in staff member, see StaffGate) and the machine endpoints
/// (function key). Both are exempt from the per-client limits; a test sends an anonymous request to every endpoint
/// and checks that exactly these refuse it, so the list cannot drift.
/// </summary>
public static class StaffRoutes
{
    public static IReadOnlyList<string> Prefixes { get; } =
        ["api/cases", "api/leads", "api/poison", "api/outbox", "outbox", "api/etiquette-tests", "etiquette-tests", "api/rollups", "api/survey-tokens", "api/response-rates", "api/audit", "api/kiosks", "api/survey-publication", "api/quarantine", "quarantine", "staff"];

    public static bool IsStaff(string path)
    {
        var trimmed = path.TrimStart('/');
        return Prefixes.Any(p => trimmed.StartsWith(p, StringComparison.OrdinalIgnoreCase)
            && (trimmed.Length == p.Length || trimmed[p.Length] == '/'));
    }
}
