namespace ServiceQuality.Handlers.Security;

/// <summary>
/// The route prefixes of the staff endpoints (function key required). Staff requests are exempt from the
/// per-client limits; a test checks this list against the local host's staff endpoints so they cannot drift.
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
