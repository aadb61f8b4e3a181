using ServiceQuality.Domain.Calendar;
using ServiceQuality.Domain.Tests.Builders;
using Xunit;

namespace ServiceQuality.Domain.Tests.Calendar;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Shipped = WorkingDayCalendar.LoadFrom(Path.Combine(Definitions.Folder, "calendar"));

    [Fact]
    public void A_case_filed_on_monday_is_due_on_thursday()
    {
        Assert.Equal(new DateOnly(2026, 11, 26), Shipped.AddWorkingDays(new DateOnly(2026, 11, 23), 3));
    }

    [Fact]
    public void Weekends_do_not_count()
    {
        // Thursday 2026-11-19: Friday, Monday, Tuesday.
        Assert.Equal(new DateOnly(2026, 11, 24), Shipped.AddWorkingDays(new DateOnly(2026, 11, 19), 3));
    }

    [Fact]
    public void A_case_filed_on_a_saturday_counts_from_monday()
    {
        Assert.Equal(new DateOnly(2026, 11, 25), Shipped.AddWorkingDays(new DateOnly(2026, 11, 21), 3));
    }

    [Fact]
    public void National_holidays_in_the_calendar_file_do_not_count()
    {
        // Filed Wednesday 2026-12-23: Thursday 24, (Friday 25 is Constitution Day), Monday 28, Tuesday 29.
        Assert.Equal(new DateOnly(2026, 12, 29), Shipped.AddWorkingDays(new DateOnly(2026, 12, 23), 3));
    }

    [Fact]
    public void Lunar_new_year_is_skipped_across_its_whole_break()
    {
        // Filed Friday 2026-02-13; 16–20 February are holidays.
        Assert.Equal(new DateOnly(2026, 2, 25), Shipped.AddWorkingDays(new DateOnly(2026, 2, 13), 3));
    }

    [Fact]
    public void A_make_up_working_saturday_counts_as_a_working_day()
    {
        var calendar = new WorkingDayCalendar([2027], holidays: [new DateOnly(2027, 3, 1)], makeUpWorkingDays: [new DateOnly(2027, 2, 20)]);

        // Filed Friday 2027-02-19: Saturday 20 is worked, then Monday 22, Tuesday 23.
        Assert.Equal(new DateOnly(2027, 2, 23), calendar.AddWorkingDays(new DateOnly(2027, 2, 19), 3));
    }

    [Fact]
    public void A_date_in_a_year_without_a_calendar_file_is_a_clear_error()
    {
        var error = Assert.Throws<CalendarException>(() => Shipped.AddWorkingDays(new DateOnly(2030, 6, 1), 3));

        Assert.Contains("2030", error.Message);
        Assert.Throws<CalendarException>(() => Shipped.EnsureCovers(2030));
    }

    [Fact]
    public void The_current_and_next_year_are_shipped()
    {
        Assert.Contains(2026, Shipped.Years);
        Assert.Contains(2027, Shipped.Years);
    }

    [Fact]
    public void Working_days_between_dates_count_the_end_but_not_the_start()
    {
        Assert.Equal(3, Shipped.WorkingDaysBetween(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 26)));
        Assert.Equal(0, Shipped.WorkingDaysBetween(new DateOnly(2026, 11, 27), new DateOnly(2026, 11, 29)));
    }
}
