using System.Globalization;
using System.Text.Json;

namespace ServiceQuality.Domain.Calendar;

/// <summary>
/// Working days of the agency: Monday to Friday, less national holidays, plus make-up working days
/// (補班, Saturdays worked in exchange for a bridge holiday). One data file per year.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _workingDays;
    private readonly HashSet<int> _years;

    public WorkingDayCalendar(IEnumerable<int> years, IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> makeUpWorkingDays)
    {
        _years = [.. years];
        _holidays = [.. holidays];
        _workingDays = [.. makeUpWorkingDays];
    }

    public IReadOnlyCollection<int> Years => _years;

    public bool IsWorkingDay(DateOnly date)
    {
        if (!_years.Contains(date.Year))
        {
            throw new CalendarException($"There is no working-day calendar for {date.Year}; add definitions/calendar/{date.Year}.json.");
        }
        return _workingDays.Contains(date)
            || (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(date));
    }

    /// <summary>
    /// The date <paramref name="days"/> working days after <paramref name="filed"/>: the day of filing does not
    /// count, so a case filed on Monday with 3 working days is due on Thursday.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly filed, int days)
    {
        var date = filed;
        for (var counted = 0; counted < days;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }
        return date;
    }

    /// <summary>Working days from <paramref name="from"/> (exclusive) to <paramref name="to"/> (inclusive).</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            count += IsWorkingDay(date) ? 1 : 0;
        }
        return count;
    }

    public void EnsureCovers(int year)
    {
        if (!_years.Contains(year))
        {
            throw new CalendarException($"There is no working-day calendar for {year}; add definitions/calendar/{year}.json before deadlines can be computed.");
        }
    }

    public static WorkingDayCalendar LoadFrom(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new CalendarException($"The calendar folder '{folder}' does not exist.");
        }
        var years = new List<int>();
        var holidays = new List<DateOnly>();
        var workingDays = new List<DateOnly>();
        foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            var root = document.RootElement;
            var year = root.GetProperty("year").GetInt32();
            if (Path.GetFileNameWithoutExtension(file) != year.ToString(CultureInfo.InvariantCulture))
            {
                throw new CalendarException($"{Path.GetFileName(file)}: the file name must be its year ({year}).");
            }
            years.Add(year);
            holidays.AddRange(Dates(root, "holidays", year, file));
            var makeUp = Dates(root, "workingDays", year, file).ToList();
            if (makeUp.FirstOrDefault(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) is var weekday && weekday != default)
            {
                throw new CalendarException($"{Path.GetFileName(file)}: make-up working day {weekday:yyyy-MM-dd} is not a weekend day.");
            }
            workingDays.AddRange(makeUp);
        }
        return new WorkingDayCalendar(years, holidays, workingDays);
    }

    private static IEnumerable<DateOnly> Dates(JsonElement root, string property, int year, string file)
    {
        if (!root.TryGetProperty(property, out var list))
        {
            yield break;
        }
        foreach (var entry in list.EnumerateArray())
        {
            var text = entry.GetProperty("date").GetString();
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || date.Year != year)
            {
                throw new CalendarException($"{Path.GetFileName(file)}: '{text}' in {property} is not a date of {year}.");
            }
            yield return date;
        }
    }
}
