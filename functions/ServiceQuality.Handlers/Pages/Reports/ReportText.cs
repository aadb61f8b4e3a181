using System.Globalization;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Reports;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Handlers.Pages.Reports;

/// <summary>How the report page writes its figures, periods and texts in either language; "—" for a figure not published.</summary>
public static class ReportText
{
    public const string Dash = "—";

    public static string Percent(decimal? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) + "%" : Dash;

    public static string Number(decimal? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : Dash;

    public static string Count(int? value) => value is { } v ? v.ToString("N0", CultureInfo.InvariantCulture) : Dash;

    public static string Count(long? value) => value is { } v ? v.ToString("N0", CultureInfo.InvariantCulture) : Dash;

    /// <summary>A change with its sign, to one decimal: "+1.5", "-0.3", "+0.0".</summary>
    public static string Change(decimal? value) => value is { } c ? (c >= 0 ? "+" : "") + c.ToString("0.0", CultureInfo.InvariantCulture) : Dash;

    public static string Text(IReadOnlyDictionary<string, string> text, string language) => new LocalizedText(text).Get(language);

    public static string Unnamed(string key, bool en) => key == SurveyRollup.Unspecified ? (en ? "Not stated" : "未填") : key;

    /// <summary>A period in a table, as its reader expects it: 民國115年11月 in zh-TW, 2026-11 in English.</summary>
    public static string PeriodName(string period, bool en) => en ? period : MinguoDate.Period(period);

    /// <summary>A period in a sentence or link: 民國115年11月 in zh-TW; November 2026 or 2026 in English.</summary>
    public static string PeriodTitle(string period, bool en) =>
        en && MonthKey.TryParse(period, out var month) ? $"{MonthName(month.Month, true)} {month.Year}" : PeriodName(period, en);

    public static string MonthName(int month, bool en) =>
        en ? CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month) : $"{month} 月";

    /// <summary>The page of a period: "2026-11" → /reports/2026/11, "2026" → /reports/2026, in the reader's language.</summary>
    public static string PageOf(string period, string language) =>
        (MonthKey.TryParse(period, out var month) ? FormattableString.Invariant($"/reports/{month.Year}/{month.Month}") : "/reports/" + period)
        + "?lang=" + Uri.EscapeDataString(language);
}
