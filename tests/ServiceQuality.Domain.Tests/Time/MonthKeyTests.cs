using ServiceQuality.Domain.Time;
using Xunit;

namespace ServiceQuality.Domain.Tests.Time;

public sealed class MonthKeyTests
{
    [Fact]
    public void Taipei_midnight_starts_the_month_whatever_the_utc_date()
    {
        var lastInstantOfOctober = new DateTimeOffset(2026, 10, 31, 15, 59, 59, TimeSpan.Zero);
        var firstInstantOfNovember = new DateTimeOffset(2026, 10, 31, 16, 0, 0, TimeSpan.Zero);

        Assert.Equal(new MonthKey(2026, 10), MonthKey.Of(lastInstantOfOctober));
        Assert.Equal(new MonthKey(2026, 11), MonthKey.Of(firstInstantOfNovember));
        Assert.Equal(firstInstantOfNovember, new MonthKey(2026, 11).Start);
    }

    [Fact]
    public void Months_step_across_the_year()
    {
        Assert.Equal(new MonthKey(2027, 1), new MonthKey(2026, 12).Next);
        Assert.Equal(new MonthKey(2025, 12), new MonthKey(2026, 1).Previous);
        Assert.Equal("2026-03", new MonthKey(2026, 3).ToString());
    }

    [Theory]
    [InlineData("2026-11", true)]
    [InlineData("2026-13", false)]
    [InlineData("26-11", false)]
    [InlineData(null, false)]
    public void Parsing_accepts_only_year_dash_month(string? text, bool valid)
    {
        Assert.Equal(valid, MonthKey.TryParse(text, out _));
    }
}
