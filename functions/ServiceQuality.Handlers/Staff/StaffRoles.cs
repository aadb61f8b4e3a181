using ServiceQuality.Domain.Localization;

namespace ServiceQuality.Handlers.Staff;

/// <summary>The roles a staff member can hold, as app roles of the Entra app registration and in staff.json.</summary>
public static class StaffRoles
{
    /// <summary>Reads, categorises, answers and closes every case; handles seller leads.</summary>
    public const string Triage = "triage";

    /// <summary>Works on its own unit's cases only.</summary>
    public const string Unit = "unit";

    public const string EtiquetteTester = "etiquette-tester";

    /// <summary>The report, the comments, the figures, the quarantine.</summary>
    public const string Manager = "manager";

    /// <summary>Operations: poison replay, outbox, rollups, models, the audit trail.</summary>
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Triage, Unit, EtiquetteTester, Manager, Admin];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);

    /// <summary>What a role is called on the pages.</summary>
    public static string Label(string role, string language)
    {
        var en = language == Language.English;
        return role switch
        {
            Triage => en ? "Triage" : "分案人員",
            Unit => en ? "Unit case officer" : "單位承辦人",
            EtiquetteTester => en ? "Etiquette tester" : "禮貌測試員",
            Manager => en ? "Manager" : "主管",
            Admin => en ? "Administrator" : "系統管理員",
            _ => role,
        };
    }
}
