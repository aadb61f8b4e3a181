namespace ServiceQuality.Handlers.Staff;

/// <summary>A signed-in person: the e-mail or UPN that identifies them, their name, their unit and their roles.</summary>
public sealed record StaffMember(string Id, string Name, string? UnitId, IReadOnlySet<string> Roles)
{
    public bool Has(string role) => Roles.Contains(role);

    /// <summary>Triage and admin act on every unit's cases; a unit user only on its own unit's.</summary>
    public bool CanActOnUnit(string? unitId) =>
        Has(StaffRoles.Triage) || Has(StaffRoles.Admin)
        || (Has(StaffRoles.Unit) && UnitId is not null && string.Equals(UnitId, unitId, StringComparison.Ordinal));

    /// <summary>Whom the audit trail and a case's history name: "陳怡君 &lt;chen.yijun@…&gt;".</summary>
    public string AuditName => string.Equals(Name, Id, StringComparison.OrdinalIgnoreCase) ? Id : $"{Name} <{Id}>";

    /// <summary>Only this person's own unit, when they see cases as a unit user rather than as triage or admin.</summary>
    public string? RestrictedToUnit => Has(StaffRoles.Triage) || Has(StaffRoles.Admin) ? null : UnitId ?? "";

    public bool HasAny(IReadOnlyCollection<string> anyOfRoles) =>
        anyOfRoles.Count == 0 ? Roles.Count > 0 : anyOfRoles.Any(Has);
}
