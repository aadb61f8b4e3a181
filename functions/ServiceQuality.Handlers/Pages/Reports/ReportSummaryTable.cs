using System.Text;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Reports;

namespace ServiceQuality.Handlers.Pages.Reports;

/// <summary>The one-screen table the report opens with: a row per headline figure of <see cref="ReportSummary"/>.</summary>
public static class ReportSummaryTable
{
    public static void Append(StringBuilder body, PerformanceReport report, string language)
    {
        var en = language == Language.English;
        string T(string zh, string english) => en ? english : zh;
        body.Append($"<section class=\"report-summary\" aria-labelledby=\"summary\">\n<h2 id=\"summary\">{T("摘要", "Summary")}</h2>\n");
        ReportTable.Append(body,
            T($"本期重點數據（增減為與{ReportText.PeriodTitle(report.PreviousPeriod, false)}相比）", $"Headline figures (change against {ReportText.PeriodTitle(report.PreviousPeriod, true)})"),
            [T("項目", "Measure"), T("結果", "Result"), T("增減", "Change"), T("計算基礎", "Based on")],
            report.Summary.Rows.Select(r => Cells(r, report.MinimumCellSize, en)),
            language);
        body.Append("</section>\n");
    }

    private static string[] Cells(SummaryRow row, int minimum, bool en) =>
    [
        ReportText.Text(row.Label, en ? Language.English : Language.TraditionalChinese),
        row.Measure == SummaryMeasures.Percent ? ReportText.Percent(row.Value) : ReportText.Number(row.Value),
        row.Change is null ? ReportText.Dash : ReportText.Change(row.Change) + (row.Measure == SummaryMeasures.Percent ? (en ? " points" : " 個百分點") : (en ? " points" : " 分")),
        row.Suppressed ? (en ? $"fewer than {minimum} responses" : $"樣本數少於 {minimum}") : Basis(row, en),
    ];

    private static string Basis(SummaryRow row, bool en)
    {
        var n = ReportText.Count(row.Count);
        var s = row.Count == 1 ? "" : "s";
        return row.CountOf switch
        {
            SummaryCounts.Responses => en ? $"{n} response{s}" : $"{n} 份填答",
            SummaryCounts.Cases => en ? $"{n} case{s} due" : $"應回覆 {n} 件",
            SummaryCounts.Tests => en ? $"{n} test{s}" : $"測試 {n} 次",
            _ => n,
        };
    }
}
