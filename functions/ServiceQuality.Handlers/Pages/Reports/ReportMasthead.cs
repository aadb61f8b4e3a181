using System.Globalization;
using System.Text;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Reports;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Handlers.Pages.Reports;

/// <summary>
/// What a reader of the report needs before the figures: the periods around this one, when the figures were computed
/// (with the staff's "recompute now"), and the same report as open data.
/// </summary>
public static class ReportMasthead
{
    public static void Append(StringBuilder body, PerformanceReport report, string language, string? recomputeField)
    {
        var en = language == Language.English;
        string T(string zh, string english) => en ? english : zh;
        var nav = report.Navigation;
        body.Append(CultureInfo.InvariantCulture, $"<nav class=\"report-nav\" aria-label=\"{T("其他期間", "Other periods")}\"><ul>");
        if (nav.Previous is { } previous)
        {
            Link(body, previous, T($"上一期：{ReportText.PeriodTitle(previous, en)}", $"Previous: {ReportText.PeriodTitle(previous, en)}"), language, "prev");
        }
        if (nav.Next is { } next)
        {
            Link(body, next, T($"下一期：{ReportText.PeriodTitle(next, en)}", $"Next: {ReportText.PeriodTitle(next, en)}"), language, "next");
        }
        if (report.Month is not null)
        {
            Link(body, nav.Year, T($"全年：{ReportText.PeriodTitle(nav.Year, en)}", $"Whole year {nav.Year}"), language, null);
        }
        body.Append("</ul>");
        if (nav.Months.Count > 0)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"report-months\">{T("各月報告：", "Monthly reports: ")}");
            body.Append(string.Join(" · ", nav.Months.Select(m => MonthKey.TryParse(m, out var key)
                ? $"<a href=\"{Html.Attr(ReportText.PageOf(m, language))}\">{Html.Encode(en ? CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(key.Month) : $"{key.Month}月")}</a>"
                : "")));
            body.Append("</p>");
        }
        body.Append("</nav>\n");

        AsOf(body, report, language, recomputeField);
        OpenData(body, report, language);
    }

    private static void Link(StringBuilder body, string period, string text, string language, string? rel) =>
        body.Append(CultureInfo.InvariantCulture,
            $"<li><a href=\"{Html.Attr(ReportText.PageOf(period, language))}\"{(rel is null ? "" : $" rel=\"{rel}\"")}>{Html.Encode(text)}</a></li>");

    private static void AsOf(StringBuilder body, PerformanceReport report, string language, string? recomputeField)
    {
        var en = language == Language.English;
        body.Append("<div class=\"report-as-of\">");
        if (report.ComputedAt is { } at)
        {
            var taipei = TaipeiTime.ToTaipei(at);
            var time = taipei.ToString("HH:mm", CultureInfo.InvariantCulture);
            var text = en
                ? $"Figures as of {taipei.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}, {time} Taipei time."
                : $"數據計算時間：{MinguoDate.Date(DateOnly.FromDateTime(taipei.DateTime))} {time}（臺北時間）。";
            body.Append(CultureInfo.InvariantCulture, $"<p><time datetime=\"{Html.Attr(taipei.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture))}\">{Html.Encode(text)}</time></p>");
        }
        if (recomputeField is not null)
        {
            // The form posts to the staff rollup endpoint, which answers a form with a redirect back to this page.
            body.Append(CultureInfo.InvariantCulture, $"<form class=\"recompute\" method=\"post\" action=\"{Html.Attr(RecomputeAction(report))}\">");
            body.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"lang\" value=\"{Html.Attr(language)}\">");
            body.Append(recomputeField);
            body.Append(CultureInfo.InvariantCulture, $"<button type=\"submit\" class=\"secondary\">{(en ? "Recompute now" : "立即重新計算")}</button>");
            body.Append(CultureInfo.InvariantCulture, $"<span class=\"hint\">{(en ? " For managers: recomputes this period's figures from the stored responses and cases." : "（管理者專用：依已儲存之填答與案件重新計算本期數據。）")}</span>");
            body.Append("</form>");
        }
        body.Append("</div>\n");
    }

    /// <summary>The rollup endpoint of the report's period: api/rollups/2026/11 or api/rollups/2026.</summary>
    public static string RecomputeAction(PerformanceReport report) =>
        report.Month is { } m ? FormattableString.Invariant($"/api/rollups/{report.Year}/{m}") : FormattableString.Invariant($"/api/rollups/{report.Year}");

    private static void OpenData(StringBuilder body, PerformanceReport report, string language)
    {
        var en = language == Language.English;
        var api = report.Month is { } m ? FormattableString.Invariant($"/api/reports/{report.Year}/{m}") : FormattableString.Invariant($"/api/reports/{report.Year}");
        var links = new List<string>
        {
            $"<a href=\"{Html.Attr(api)}\">{(en ? "Report figures (JSON)" : "報告數據（JSON）")}</a>",
            $"<a href=\"{Html.Attr(api + "?format=csv&lang=" + language)}\">{(en ? "Report figures (CSV)" : "報告數據（CSV）")}</a>",
        };
        if (report.Month is { } month)
        {
            var responses = FormattableString.Invariant($"/api/open-data/{report.Year}/{month}/responses");
            links.Add($"<a href=\"{Html.Attr(responses + "?format=csv")}\">{(en ? "De-identified responses (CSV)" : "去識別化填答資料（CSV）")}</a>");
            links.Add($"<a href=\"{Html.Attr(responses)}\">{(en ? "De-identified responses (JSON)" : "去識別化填答資料（JSON）")}</a>");
        }
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"open-data\">{(en ? "Open data: " : "開放資料：")}{string.Join(" · ", links)}</p>\n");
    }
}
