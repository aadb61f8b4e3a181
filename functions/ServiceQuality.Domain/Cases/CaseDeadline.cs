using ServiceQuality.Domain.Calendar;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Domain.Cases;

/// <summary>
/// Where a case stands against its due date on a given day, in the agency's working days. A replied or closed case
/// has met its deadline (<see cref="Settled"/>); the working-day counts are null where the calendar has no year for them.
/// </summary>
public sealed record CaseDeadline(DateOnly DueDate, bool Settled, bool Overdue, bool DueToday, int? WorkingDaysLeft, int? WorkingDaysOverdue)
{
    public static CaseDeadline Of(Case c, DateTimeOffset now, WorkingDayCalendar calendar)
    {
        var today = TaipeiTime.DateOf(now);
        var settled = c.RepliedAt is not null || c.Status == CaseStatus.Closed;
        var overdue = c.IsOverdue(now);
        int? left = null, late = null;
        if (!settled)
        {
            try
            {
                left = overdue ? 0 : calendar.WorkingDaysBetween(today, c.DueDate);
                late = overdue ? calendar.WorkingDaysBetween(c.DueDate, today) : 0;
            }
            catch (CalendarException)
            {
                // A year the calendar does not cover yet: the page still shows the due date itself.
            }
        }
        return new CaseDeadline(c.DueDate, settled, overdue, !settled && today == c.DueDate, left, late);
    }
}
