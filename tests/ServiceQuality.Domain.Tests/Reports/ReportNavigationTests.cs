using ServiceQuality.Domain.Reports;
using ServiceQuality.Domain.Time;
using Xunit;

namespace ServiceQuality.Domain.Tests.Reports;

public sealed class ReportNavigationTests
{
    private static readonly MonthKey April2026 = new(2026, 4);

    [Fact]
    public void A_past_month_links_to_the_month_before_the_month_after_and_its_year()
    {
        var navigation = ReportNavigation.Of(new ReportPeriod(2026, 3), April2026);

        Assert.Equal(("2026-02", "2026-04", "2026"), (navigation.Previous, navigation.Next, navigation.Year));
        Assert.Empty(navigation.Months);
    }

    [Fact]
    public void The_current_month_has_no_next_month_yet()
    {
        Assert.Null(ReportNavigation.Of(new ReportPeriod(2026, 4), April2026).Next);
    }

    [Fact]
    public void January_goes_back_to_december_of_the_year_before()
    {
        var navigation = ReportNavigation.Of(new ReportPeriod(2026, 1), April2026);

        Assert.Equal(("2025-12", "2026-02"), (navigation.Previous, navigation.Next));
    }

    [Fact]
    public void A_year_links_to_the_years_around_it_and_to_each_of_its_months_begun()
    {
        var current = ReportNavigation.Of(ReportPeriod.OfYear(2026), April2026);
        var past = ReportNavigation.Of(ReportPeriod.OfYear(2025), April2026);

        Assert.Equal(("2025", null), (current.Previous, current.Next));
        Assert.Equal(["2026-01", "2026-02", "2026-03", "2026-04"], current.Months);
        Assert.Equal(("2024", "2026"), (past.Previous, past.Next));
        Assert.Equal(12, past.Months.Count);
    }

    [Fact]
    public void The_first_year_reports_are_kept_for_has_nothing_before_it()
    {
        Assert.Null(ReportNavigation.Of(ReportPeriod.OfYear(ReportPeriod.MinYear), April2026).Previous);
    }
}
