using ServiceQuality.Handlers.Staff;

namespace ServiceQuality.Handlers.Pages.Staff;

/// <summary>One link of the staff header, shown to whoever holds any of its roles (none listed: every staff member).</summary>
public sealed record StaffNavItem(string Href, string ZhTw, string En, IReadOnlyList<string> Roles)
{
    public string Label(bool english) => english ? En : ZhTw;

    public bool VisibleTo(StaffMember staff) => staff.HasAny(Roles.ToList());
}

/// <summary>The staff header's links, in order, with who sees each.</summary>
public static class StaffNavigation
{
    public static IReadOnlyList<StaffNavItem> Items { get; } =
    [
        new("/staff", "員工首頁", "Staff home", []),
        new("/staff/cases", "案件", "Cases", [StaffRoles.Triage, StaffRoles.Unit, StaffRoles.Admin]),
        new("/staff/comments", "意見", "Comments", [StaffRoles.Manager]),
        new("/staff/etiquette", "禮貌測試", "Etiquette", [StaffRoles.EtiquetteTester, StaffRoles.Manager]),
        new("/staff/leads", "賣家線索", "Seller leads", [StaffRoles.Triage, StaffRoles.Admin]),
        new("/reports", "報告", "Report", [StaffRoles.Manager, StaffRoles.Admin]),
        new("/staff/operations", "維運", "Operations", [StaffRoles.Admin]),
    ];

    /// <summary>The link the page at this path belongs to: the longest matching one, so /staff/cases/… marks 案件, not 員工首頁.</summary>
    public static StaffNavItem? Current(string path) => Items
        .Where(i => string.Equals(path, i.Href, StringComparison.OrdinalIgnoreCase) || path.StartsWith(i.Href + "/", StringComparison.OrdinalIgnoreCase))
        .MaxBy(i => i.Href.Length);
}
