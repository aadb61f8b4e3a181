using System.Globalization;

namespace ServiceQuality.Domain.Time;

/// <summary>
/// Republic of China (Minguo) dates, as government readers expect them in zh-TW documents: year 1 is 1912, so
/// November 2026 is 民國115年11月. English texts keep Gregorian dates.
/// </summary>
public static class MinguoDate
{
    public const int FirstYear = 1912;

    public static int YearOf(int gregorianYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(gregorianYear, FirstYear);
        return gregorianYear - FirstYear + 1;
    }

    /// <summary>民國115年</summary>
    public static string Year(int gregorianYear) => string.Create(CultureInfo.InvariantCulture, $"民國{YearOf(gregorianYear)}年");

    /// <summary>民國115年11月</summary>
    public static string Month(int gregorianYear, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return string.Create(CultureInfo.InvariantCulture, $"{Year(gregorianYear)}{month}月");
    }

    public static string Month(MonthKey month) => Month(month.Year, month.Month);

    /// <summary>民國115年11月23日</summary>
    public static string Date(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{Month(date.Year, date.Month)}{date.Day}日");

    /// <summary>A year or a month, as a report period names it.</summary>
    public static string Period(int gregorianYear, int? month) => month is { } m ? Month(gregorianYear, m) : Year(gregorianYear);

    /// <summary>A period as the report writes it, "2026-11" or "2026", by its Minguo name; any other text is returned as it is.</summary>
    public static string Period(string period) =>
        MonthKey.TryParse(period, out var month) && month.Year >= FirstYear ? Month(month)
        : period.Length == 4 && int.TryParse(period, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= FirstYear ? Year(year)
        : period;
}
