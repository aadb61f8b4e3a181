using System.Globalization;
using ServiceQuality.Domain.Time;
using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Domain.Reports;

/// <summary>A Taipei calendar month (<see cref="Month"/> set) or year (<see cref="Month"/> null) that figures are rolled up for.</summary>
public readonly record struct ReportPeriod(int Year, int? Month)
{
    public const int MinYear = MonthKey.MinYear;
    public const int MaxYear = 9999;

    public static ReportPeriod OfMonth(MonthKey month) => new(month.Year, month.Month);

    public static ReportPeriod OfYear(int year) => new(year, null);

    /// <summary>Reads the year and optional month of a route; each bad part is named in <paramref name="errors"/>.</summary>
    public static ReportPeriod? Parse(string? year, string? month, ValidationErrors errors)
    {
        int? y = int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var parsedYear) && year!.Length == 4
            && parsedYear is >= MinYear and <= MaxYear ? parsedYear : null;
        if (y is null)
        {
            errors.Add("year", "年度須為 2000 年起的四位數西元年。", "The year must be a four-digit year from 2000.");
        }
        int? m = null;
        if (month is not null)
        {
            m = int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var parsedMonth) && month.Length <= 2
                && parsedMonth is >= 1 and <= 12 ? parsedMonth : null;
            if (m is null)
            {
                errors.Add("month", "月份須為 1 到 12。", "The month must be from 1 to 12.");
            }
        }
        return y is null || (month is not null && m is null) ? null : new ReportPeriod(y.Value, m);
    }

    public bool IsMonth => Month is not null;

    public MonthKey FirstMonth => new(Year, Month ?? 1);

    public MonthKey LastMonth => new(Year, Month ?? 12);

    /// <summary>The period a change is measured against: the month before a month, the year before a year.</summary>
    public ReportPeriod Previous => Month is { } m ? OfMonth(new MonthKey(Year, m).Previous) : OfYear(Year - 1);

    /// <summary>The period after: the next month of a month, the next year of a year.</summary>
    public ReportPeriod Next => Month is { } m ? OfMonth(new MonthKey(Year, m).Next) : OfYear(Year + 1);

    /// <summary>Whether the period has begun by <paramref name="current"/>; a period wholly in the future has no figures.</summary>
    public bool HasBegunBy(MonthKey current) => FirstMonth.CompareTo(current) <= 0;

    /// <summary>The months of the period up to <paramref name="current"/>.</summary>
    public IReadOnlyList<MonthKey> MonthsUntil(MonthKey current)
    {
        var months = new List<MonthKey>();
        for (var m = FirstMonth; m.CompareTo(LastMonth) <= 0 && m.CompareTo(current) <= 0; m = m.Next)
        {
            months.Add(m);
        }
        return months;
    }

    public override string ToString() => Month is { } m ? new MonthKey(Year, m).ToString() : Year.ToString("D4", CultureInfo.InvariantCulture);
}
