namespace ServiceQuality.Domain.Reports;

/// <summary>
/// The periods a report links to: the period before, the one after (null until it has begun), the year of a month,
/// and, for a year, each of its months that has begun. Periods are written as in routes: "2026-11" or "2026".
/// </summary>
public sealed record ReportNavigation(string? Previous, string? Next, string Year, IReadOnlyList<string> Months)
{
    public static ReportNavigation Of(ReportPeriod period, Time.MonthKey current)
    {
        var previous = period.Previous;
        var next = period.Next;
        return new ReportNavigation(
            previous.Year >= ReportPeriod.MinYear ? previous.ToString() : null,
            next.Year <= ReportPeriod.MaxYear && next.HasBegunBy(current) ? next.ToString() : null,
            ReportPeriod.OfYear(period.Year).ToString(),
            period.IsMonth ? [] : period.MonthsUntil(current).Select(m => m.ToString()).ToList());
    }
}
