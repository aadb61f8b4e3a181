namespace ServiceQuality.Domain.Cases;

/// <summary>
/// The order staff work cases in: those waiting for a person to confirm the category and unit first, then the overdue,
/// then by due date and priority. Closed cases, listed only when asked for, come last.
/// </summary>
public static class CaseInboxOrder
{
    /// <summary>
    /// An open case no unit has taken on: the classifier was unsure (needs-review), or it has not classified the case
    /// yet, or it never will (the message failed). A person has to choose the category.
    /// </summary>
    public static bool NeedsReview(Case c) =>
        CaseStatus.IsOpen(c.Status) && (c.Status == CaseStatus.NeedsReview || c.UnitId is null);

    public static IOrderedEnumerable<Case> Order(IEnumerable<Case> cases, DateTimeOffset now) =>
        cases.OrderBy(c => c.Status == CaseStatus.Closed)
            .ThenByDescending(NeedsReview)
            .ThenByDescending(c => c.IsOverdue(now))
            .ThenBy(c => c.DueDate)
            .ThenByDescending(c => c.Priority ?? 0)
            .ThenBy(c => c.Number.Year)
            .ThenBy(c => c.Number.Sequence);
}
