using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Reports;
using ServiceQuality.Domain.Tests.Builders;
using ServiceQuality.Domain.Time;
using Xunit;

namespace ServiceQuality.Domain.Tests.Reports;

/// <summary>
/// Six cases, worked out by hand with the 2026 calendar (3 working days to reply; 3 and 6 April are holidays):
/// 1 filed Mon 2 Mar, due Thu 5 Mar, replied Wed 4 Mar: on time, 2 working and 2 calendar days, closed.
/// 2 filed Fri 6 Mar, due Wed 11 Mar, replied Thu 12 Mar: late, 4 working days (9–12 Mar) and 6 calendar days.
/// 3 filed Fri 20 Mar, due Wed 25 Mar, no reply by 31 Mar: due and late.
/// 4 filed Mon 30 Mar, due Thu 2 Apr, no reply: not yet due on 31 Mar.
/// 5 filed Tue 31 Mar 23:59:59 Taipei (15:59:59 UTC): a March case, due Tue 7 Apr.
/// 6 filed Wed 1 Apr 00:00 Taipei (31 Mar 16:00 UTC): an April case, though still 31 March in UTC.
/// March as of 31 March: 5 received, 2 replied, 1 closed, 3 due, 1 on time = 33.3%; medians 3 working and 4 calendar days.
/// </summary>
public sealed class PetitionFiguresCalculatorTests
{
    private static readonly TimeSpan Taipei = TimeSpan.FromHours(8);
    private readonly PetitionFiguresCalculator _calculator = new(ReportServices.Calendar, Definitions.Organisation);

    [Fact]
    public void Cases_of_a_month_are_counted_with_the_on_time_rate_and_median_days_to_reply()
    {
        var march = _calculator.Compute(Fixture(), new MonthKey(2026, 3), new MonthKey(2026, 3), new DateOnly(2026, 3, 31));

        Assert.Equal((5, 2, 1, 3, 1), (march.Received, march.Replied, march.Closed, march.Due, march.AnsweredOnTime));
        Assert.Equal(33.3m, march.AnsweredOnTimePercent);
        Assert.Equal(3m, march.MedianWorkingDaysToReply);
        Assert.Equal(4m, march.MedianCalendarDaysToReply);
    }

    [Fact]
    public void A_case_filed_at_taipei_midnight_on_the_first_belongs_to_the_new_month()
    {
        var april = _calculator.Compute(Fixture(), new MonthKey(2026, 4), new MonthKey(2026, 4), new DateOnly(2026, 4, 30));

        Assert.Equal(1, april.Received);
        Assert.Equal(new DateTimeOffset(2026, 3, 31, 16, 0, 0, TimeSpan.Zero), Fixture().Single(c => c.Number.Sequence == 6).FiledAt.ToUniversalTime());
    }

    [Fact]
    public void Cases_are_grouped_by_category_unit_and_channel_in_a_fixed_order()
    {
        var march = _calculator.Compute(Fixture(), new MonthKey(2026, 3), new MonthKey(2026, 3), new DateOnly(2026, 3, 31));

        Assert.Equal(["metrology-dispute", "staff-service", SurveyRollup.Unspecified], march.Categories.Select(c => c.Key));
        Assert.Equal(["general-affairs", "metrology", SurveyRollup.Unspecified], march.Units.Select(c => c.Key));
        Assert.Equal(["email", "web"], march.Channels.Select(c => c.Key));
        Assert.Equal(new PetitionGroupFigures("metrology", 3, 2, 1, 3, 1, 33.3m), march.Units[1]);
    }

    [Fact]
    public void As_time_passes_a_case_without_a_reply_falls_due()
    {
        var later = _calculator.Compute(Fixture(), new MonthKey(2026, 3), new MonthKey(2026, 3), new DateOnly(2026, 4, 30));

        Assert.Equal(5, later.Due);
        Assert.Equal(20.0m, later.AnsweredOnTimePercent);
    }

    [Theory]
    [InlineData(new int[0], null)]
    [InlineData(new[] { 4 }, 4.0)]
    [InlineData(new[] { 5, 1, 3 }, 3.0)]
    [InlineData(new[] { 4, 1, 2, 3 }, 2.5)]
    public void The_median_is_the_middle_value_or_the_mean_of_the_two_middle_values(int[] values, double? expected)
    {
        Assert.Equal(expected is null ? null : (decimal)expected.Value, PetitionFiguresCalculator.Median(values));
    }

    private static List<Case> Fixture() =>
    [
        Case(1, At(2026, 3, 2, 10), new DateOnly(2026, 3, 5), At(2026, 3, 4, 15), CaseStatus.Closed, "metrology-dispute", "metrology", "web"),
        Case(2, At(2026, 3, 6, 10), new DateOnly(2026, 3, 11), At(2026, 3, 12, 9), CaseStatus.Replied, "metrology-dispute", "metrology", "email"),
        Case(3, At(2026, 3, 20, 10), new DateOnly(2026, 3, 25), null, CaseStatus.Routed, "metrology-dispute", "metrology", "web"),
        Case(4, At(2026, 3, 30, 10), new DateOnly(2026, 4, 2), null, CaseStatus.Routed, "staff-service", "general-affairs", "web"),
        Case(5, new DateTimeOffset(2026, 3, 31, 23, 59, 59, Taipei), new DateOnly(2026, 4, 7), null, CaseStatus.Received, null, null, "web"),
        Case(6, new DateTimeOffset(2026, 4, 1, 0, 0, 0, Taipei), new DateOnly(2026, 4, 8), null, CaseStatus.Received, null, null, "web"),
    ];

    private static DateTimeOffset At(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, Taipei);

    private static Case Case(int sequence, DateTimeOffset filed, DateOnly due, DateTimeOffset? replied, string status, string? category, string? unit, string channel) =>
        new(new CaseNumber(2026, sequence), filed, due, "主旨", "內容", channel, "zh-TW", status, category, category is null ? null : 0.9f, 50, unit,
            replied is null ? null : "已回覆", replied, status == CaseStatus.Closed ? replied : null, [new CaseEvent(filed, "citizen", "filed")]);
}
