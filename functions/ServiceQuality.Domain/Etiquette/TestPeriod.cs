using System.Globalization;
using System.Text.Json.Serialization;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Domain.Etiquette;

/// <summary>
/// A four-month testing period of the Asia/Taipei calendar: 1 is January–April, 2 is May–August,
/// 3 is September–December. Every unit must be tested at least once in each period.
/// </summary>
[JsonConverter(typeof(TestPeriodJsonConverter))]
public readonly record struct TestPeriod(int Year, int Number) : IComparable<TestPeriod>
{
    public const int MonthsPerPeriod = 4;
    public const int PeriodsPerYear = 12 / MonthsPerPeriod;

    public static TestPeriod Of(MonthKey month) => new(month.Year, (month.Month - 1) / MonthsPerPeriod + 1);

    public static TestPeriod Of(DateOnly taipeiDate) => Of(new MonthKey(taipeiDate.Year, taipeiDate.Month));

    public static TestPeriod Of(DateTimeOffset instant) => Of(MonthKey.Of(instant));

    /// <summary>Parses the form "2026-P2".</summary>
    public static bool TryParse(string? text, out TestPeriod period)
    {
        period = default;
        if (text is not { Length: 7 } || text[4] != '-' || text[5] != 'P'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || text[6] is < '1' or > (char)('0' + PeriodsPerYear))
        {
            return false;
        }
        period = new TestPeriod(year, text[6] - '0');
        return true;
    }

    public MonthKey FirstMonth => new(Year, (Number - 1) * MonthsPerPeriod + 1);

    public MonthKey LastMonth => new(Year, Number * MonthsPerPeriod);

    public IReadOnlyList<MonthKey> Months
    {
        get
        {
            var first = FirstMonth;
            return Enumerable.Range(0, MonthsPerPeriod).Select(i => new MonthKey(first.Year, first.Month + i)).ToList();
        }
    }

    /// <summary>The first Taipei day of the period.</summary>
    public DateOnly FirstDay => new(Year, FirstMonth.Month, 1);

    /// <summary>The last Taipei day of the period.</summary>
    public DateOnly LastDay => new(Year, LastMonth.Month, DateTime.DaysInMonth(Year, LastMonth.Month));

    public DateTimeOffset Start => FirstMonth.Start;

    public DateTimeOffset End => LastMonth.End;

    public bool Contains(DateTimeOffset instant) => instant >= Start && instant < End;

    public TestPeriod Previous => Number == 1 ? new TestPeriod(Year - 1, PeriodsPerYear) : new TestPeriod(Year, Number - 1);

    public TestPeriod Next => Number == PeriodsPerYear ? new TestPeriod(Year + 1, 1) : new TestPeriod(Year, Number + 1);

    public static IEnumerable<TestPeriod> OfYear(int year) => Enumerable.Range(1, PeriodsPerYear).Select(n => new TestPeriod(year, n));

    public int CompareTo(TestPeriod other) => (Year, Number).CompareTo((other.Year, other.Number));

    public override string ToString() => $"{Year:D4}-P{Number}";
}
