using ServiceQuality.Domain.Calendar;
using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Tests.Builders;
using Xunit;

namespace ServiceQuality.Domain.Tests.Cases;

public sealed class CaseDeadlineTests
{
    private static readonly WorkingDayCalendar Calendar = ReportServices.Calendar;

    [Fact]
    public void Working_days_left_skip_the_weekend()
    {
        // Thursday 2026-03-12 to Tuesday 2026-03-17: Friday, Monday, Tuesday.
        var deadline = CaseDeadline.Of(CaseBuilder.Numbered(1, new DateOnly(2026, 3, 17)), FixedClock.AtTaipei(2026, 3, 12).GetUtcNow(), Calendar);

        Assert.Equal(3, deadline.WorkingDaysLeft);
        Assert.False(deadline.Overdue);
        Assert.False(deadline.DueToday);
    }

    [Fact]
    public void A_case_due_today_has_no_working_day_left_and_is_not_yet_overdue()
    {
        var deadline = CaseDeadline.Of(CaseBuilder.Numbered(1, new DateOnly(2026, 3, 12)), FixedClock.AtTaipei(2026, 3, 12, 23, 59).GetUtcNow(), Calendar);

        Assert.True(deadline.DueToday);
        Assert.False(deadline.Overdue);
        Assert.Equal(0, deadline.WorkingDaysLeft);
    }

    [Fact]
    public void An_overdue_case_counts_the_working_days_it_is_late()
    {
        // Due Friday 2026-03-06; on Tuesday 2026-03-10 it is two working days late.
        var deadline = CaseDeadline.Of(CaseBuilder.Numbered(1, new DateOnly(2026, 3, 6)), FixedClock.AtTaipei(2026, 3, 10).GetUtcNow(), Calendar);

        Assert.True(deadline.Overdue);
        Assert.Equal(2, deadline.WorkingDaysOverdue);
    }

    [Fact]
    public void A_replied_case_has_met_its_deadline()
    {
        var deadline = CaseDeadline.Of(CaseBuilder.Numbered(1, new DateOnly(2026, 3, 6)).Replied(), FixedClock.AtTaipei(2026, 3, 10).GetUtcNow(), Calendar);

        Assert.True(deadline.Settled);
        Assert.False(deadline.Overdue);
        Assert.Null(deadline.WorkingDaysLeft);
    }

    [Fact]
    public void A_year_the_calendar_lacks_still_gives_the_due_date_without_counts()
    {
        var calendar = new WorkingDayCalendar([2026], [], []);
        var deadline = CaseDeadline.Of(CaseBuilder.Numbered(1, new DateOnly(2027, 1, 8)), FixedClock.AtTaipei(2026, 12, 30).GetUtcNow(), calendar);

        Assert.Equal(new DateOnly(2027, 1, 8), deadline.DueDate);
        Assert.Null(deadline.WorkingDaysLeft);
    }
}
