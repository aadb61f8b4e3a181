using System.Globalization;

namespace ServiceQuality.Domain.Time;

/// <summary>An Asia/Taipei calendar month, the unit in which responses are partitioned and rolled up.</summary>
public readonly record struct MonthKey(int Year, int Month) : IComparable<MonthKey>
{
    /// <summary>The earliest year any figure or comment is asked for.</summary>
    public const int MinYear = 2000;

    public static MonthKey Of(DateTimeOffset instant)
    {
        var taipei = TaipeiTime.ToTaipei(instant);
        return new MonthKey(taipei.Year, taipei.Month);
    }

    public static bool TryParse(string? text, out MonthKey month)
    {
        month = default;
        if (text is null || !DateTime.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }
        month = new MonthKey(parsed.Year, parsed.Month);
        return true;
    }

    public DateTimeOffset Start => TaipeiTime.StartOf(new DateOnly(Year, Month, 1));

    public DateTimeOffset End => Next.Start;

    public MonthKey Next => Month == 12 ? new MonthKey(Year + 1, 1) : new MonthKey(Year, Month + 1);

    public MonthKey Previous => Month == 1 ? new MonthKey(Year - 1, 12) : new MonthKey(Year, Month - 1);

    public int CompareTo(MonthKey other) => (Year, Month).CompareTo((other.Year, other.Month));

    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
