using ServiceQuality.Domain.Reports;
using ServiceQuality.Domain.Time;
using ServiceQuality.Domain.Validation;
using Xunit;

namespace ServiceQuality.Domain.Tests.Reports;

public sealed class ReportPeriodTests
{
    [Theory]
    [InlineData("2026", null, "2026")]
    [InlineData("2026", "3", "2026-03")]
    [InlineData("2026", "03", "2026-03")]
    [InlineData("2026", "12", "2026-12")]
    public void A_year_and_an_optional_month_are_read_from_the_route(string year, string? month, string expected)
    {
        var errors = new ValidationErrors();

        var period = ReportPeriod.Parse(year, month, errors);

        Assert.True(errors.IsEmpty);
        Assert.Equal(expected, period.ToString());
    }

    [Theory]
    [InlineData("26", null, "year")]
    [InlineData("1999", null, "year")]
    [InlineData("20266", null, "year")]
    [InlineData("abcd", null, "year")]
    [InlineData("2026", "0", "month")]
    [InlineData("2026", "13", "month")]
    [InlineData("2026", "-1", "month")]
    [InlineData("2026", "march", "month")]
    [InlineData("2026", "003", "month")]
    public void A_bad_year_or_month_is_named(string year, string? month, string field)
    {
        var errors = new ValidationErrors();

        var period = ReportPeriod.Parse(year, month, errors);

        Assert.Null(period);
        Assert.True(errors.Has(field));
    }

    [Fact]
    public void A_month_is_compared_with_the_month_before_and_a_year_with_the_year_before()
    {
        Assert.Equal(new ReportPeriod(2025, 12), new ReportPeriod(2026, 1).Previous);
        Assert.Equal(new ReportPeriod(2025, null), new ReportPeriod(2026, null).Previous);
    }

    [Fact]
    public void A_year_has_begun_with_its_first_month_and_lists_its_months_up_to_the_current_one()
    {
        var year = ReportPeriod.OfYear(2026);

        Assert.True(year.HasBegunBy(new MonthKey(2026, 1)));
        Assert.False(year.HasBegunBy(new MonthKey(2025, 12)));
        Assert.Equal(["2026-01", "2026-02", "2026-03"], year.MonthsUntil(new MonthKey(2026, 3)).Select(m => m.ToString()));
        Assert.Equal(12, year.MonthsUntil(new MonthKey(2027, 5)).Count);
    }
}
