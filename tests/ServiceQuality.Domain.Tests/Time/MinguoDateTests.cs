using ServiceQuality.Domain.Time;
using Xunit;

namespace ServiceQuality.Domain.Tests.Time;

public sealed class MinguoDateTests
{
    [Fact]
    public void The_year_2026_is_minguo_115() => Assert.Equal("民國115年", MinguoDate.Year(2026));

    [Fact]
    public void November_2026_is_minguo_115_month_11() => Assert.Equal("民國115年11月", MinguoDate.Month(new MonthKey(2026, 11)));

    [Fact]
    public void The_23rd_of_november_2026_is_minguo_115_11_23() => Assert.Equal("民國115年11月23日", MinguoDate.Date(new DateOnly(2026, 11, 23)));

    [Fact]
    public void Single_digit_months_and_days_are_not_padded() => Assert.Equal("民國115年3月5日", MinguoDate.Date(new DateOnly(2026, 3, 5)));

    [Fact]
    public void The_first_year_of_the_republic_is_1912() => Assert.Equal("民國1年", MinguoDate.Year(1912));

    [Theory]
    [InlineData(2026, 11, "民國115年11月")]
    [InlineData(2027, null, "民國116年")]
    public void A_report_period_is_named_by_its_month_or_year(int year, int? month, string expected) =>
        Assert.Equal(expected, MinguoDate.Period(year, month));

    [Theory]
    [InlineData("2026-11", "民國115年11月")]
    [InlineData("2026-03", "民國115年3月")]
    [InlineData("2026", "民國115年")]
    [InlineData("1900", "1900")]
    [InlineData("overall", "overall")]
    public void A_period_written_as_the_report_writes_it_is_named_by_its_minguo_year(string period, string expected) =>
        Assert.Equal(expected, MinguoDate.Period(period));

    [Fact]
    public void Years_before_the_republic_are_refused() => Assert.Throws<ArgumentOutOfRangeException>(() => MinguoDate.Year(1911));
}
