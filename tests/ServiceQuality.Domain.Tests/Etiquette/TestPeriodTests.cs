using ServiceQuality.Domain.Etiquette;
using Xunit;

namespace ServiceQuality.Domain.Tests.Etiquette;

public sealed class TestPeriodTests
{
    [Fact]
    public void The_last_instant_of_30_april_in_taipei_is_in_the_first_period_and_1_may_starts_the_second()
    {
        var lastOfApril = new DateTimeOffset(2026, 4, 30, 23, 59, 59, TimeSpan.FromHours(8));
        var firstOfMay = new DateTimeOffset(2026, 4, 30, 16, 0, 0, TimeSpan.Zero);

        Assert.Equal(new TestPeriod(2026, 1), TestPeriod.Of(lastOfApril));
        Assert.Equal(new TestPeriod(2026, 2), TestPeriod.Of(firstOfMay));
        Assert.Equal(firstOfMay, new TestPeriod(2026, 2).Start);
        Assert.Equal(new DateOnly(2026, 4, 30), new TestPeriod(2026, 1).LastDay);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(4, 1)]
    [InlineData(5, 2)]
    [InlineData(8, 2)]
    [InlineData(9, 3)]
    [InlineData(12, 3)]
    public void Months_fall_in_january_to_april_may_to_august_september_to_december(int month, int period)
    {
        Assert.Equal(new TestPeriod(2026, period), TestPeriod.Of(new DateOnly(2026, month, 15)));
    }

    [Fact]
    public void Periods_step_across_the_year_and_read_as_year_p_number()
    {
        Assert.Equal(new TestPeriod(2025, 3), new TestPeriod(2026, 1).Previous);
        Assert.Equal(new TestPeriod(2027, 1), new TestPeriod(2026, 3).Next);
        Assert.Equal("2026-P2", new TestPeriod(2026, 2).ToString());
        Assert.True(TestPeriod.TryParse("2026-P3", out var parsed) && parsed == new TestPeriod(2026, 3));
        Assert.False(TestPeriod.TryParse("2026-P4", out _));
        Assert.Equal(["2026-09", "2026-10", "2026-11", "2026-12"], new TestPeriod(2026, 3).Months.Select(m => m.ToString()));
    }
}
