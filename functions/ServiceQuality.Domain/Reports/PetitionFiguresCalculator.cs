using ServiceQuality.Domain.Calendar;
using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Domain.Reports;

/// <summary>Counts the cases filed in a stretch of months, with the on-time rate and the median time to reply.</summary>
public sealed class PetitionFiguresCalculator(WorkingDayCalendar calendar, AgencyOrganisation organisation)
{
    public PetitionFigures Compute(IEnumerable<Case> cases, MonthKey first, MonthKey last, DateOnly asOf)
    {
        var filed = cases.Where(c => c.FiledAt >= first.Start && c.FiledAt < last.End)
            .OrderBy(c => c.Number.Year).ThenBy(c => c.Number.Sequence).ToList();
        var replied = filed.Where(c => c.RepliedAt is not null).ToList();
        var total = Group("all", filed, asOf);
        var unitOrder = organisation.Units.Select((u, i) => (u.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        return new PetitionFigures(
            total.Received, total.Replied, total.Closed, total.Due, total.AnsweredOnTime, total.AnsweredOnTimePercent,
            Median(replied.Select(WorkingDaysToReply).OfType<int>().ToList()),
            Median(replied.Select(c => TaipeiTime.DateOf(c.RepliedAt!.Value).DayNumber - TaipeiTime.DateOf(c.FiledAt).DayNumber).ToList()),
            Groups(filed, c => c.Category, asOf, keys => keys.OrderBy(k => k, StringComparer.Ordinal)),
            Groups(filed, c => c.UnitId, asOf, keys => keys.OrderBy(k => unitOrder.GetValueOrDefault(k, int.MaxValue)).ThenBy(k => k, StringComparer.Ordinal)),
            Groups(filed, c => c.Channel, asOf, keys => keys.OrderBy(k => k, StringComparer.Ordinal)));
    }

    private int? WorkingDaysToReply(Case c)
    {
        try
        {
            return calendar.WorkingDaysBetween(TaipeiTime.DateOf(c.FiledAt), TaipeiTime.DateOf(c.RepliedAt!.Value));
        }
        catch (CalendarException)
        {
            // A year without a calendar file has no working days to count; the calendar-day median still counts the case.
            return null;
        }
    }

    private static List<PetitionGroupFigures> Groups(
        IReadOnlyList<Case> cases, Func<Case, string?> key, DateOnly asOf, Func<IEnumerable<string>, IEnumerable<string>> order)
    {
        var groups = cases.GroupBy(c => string.IsNullOrEmpty(key(c)) ? SurveyRollup.Unspecified : key(c)!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var named = order(groups.Keys.Where(k => k != SurveyRollup.Unspecified)).ToList();
        if (groups.ContainsKey(SurveyRollup.Unspecified))
        {
            named.Add(SurveyRollup.Unspecified);
        }
        return named.Select(k => Group(k, groups[k], asOf)).ToList();
    }

    private static PetitionGroupFigures Group(string key, IReadOnlyCollection<Case> cases, DateOnly asOf)
    {
        var due = cases.Count(c => c.RepliedAt is not null || asOf > c.DueDate);
        var onTime = cases.Count(c => c.RepliedAt is { } at && TaipeiTime.DateOf(at) <= c.DueDate);
        return new PetitionGroupFigures(key, cases.Count, cases.Count(c => c.RepliedAt is not null), cases.Count(c => c.Status == CaseStatus.Closed),
            due, onTime, due == 0 ? null : Math.Round(100m * onTime / due, 1, MidpointRounding.AwayFromZero));
    }

    public static decimal? Median(IReadOnlyList<int> values)
    {
        if (values.Count == 0)
        {
            return null;
        }
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m;
    }
}
