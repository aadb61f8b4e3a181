using System.Globalization;
using System.Text;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Reports;

namespace ServiceQuality.Handlers.Pages.Reports;

/// <summary>A survey's response rates on the report page: the survey in total, then each unit and channel.</summary>
public static class ResponseRateTable
{
    public static void Append(StringBuilder body, string surveyTitle, SurveyResponseRates rates, int minimumCellSize, string language, Labels labels)
    {
        var en = language == Language.English;
        string T(string zh, string english) => en ? english : zh;
        body.Append(CultureInfo.InvariantCulture, $"<h3>{T("填答率", "Response rates")}</h3>\n");
        if (rates.Groups.Count == 0)
        {
            // A table of zeros would say less than one sentence.
            body.Append(CultureInfo.InvariantCulture, $"<p>{Html.Encode(T(
                "本期沒有發出問卷邀請，也沒有未持邀請開啟表單或填答的紀錄。",
                "No survey tokens were issued in the period, and no form was opened or answered without one."))}</p>\n");
            return;
        }
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"hint\">{Html.Encode(T(
            $"邀請填答率為持問卷邀請（收據上的問卷連結或 QR code）填答之份數除以發出之邀請數；表單填答率為未持邀請填答之份數除以未持邀請開啟表單之次數，表單連結未指定單位者列於「不分單位」；填答率最高為 100%。經 API 填答而未開啟表單者另列一欄，不計入填答率。未發出邀請或無人開啟表單者無從計算填答率，填答少於 {minimumCellSize} 份者不予公布，均以「—」表示。",
            $"The token response rate is the responses given with a survey token (the link or QR code on a receipt) over the tokens issued; the form response rate is the responses given without a token over the forms opened without one, with form links that name no unit under \"Not by unit\"; no rate exceeds 100%. Responses sent to the API, which opened no form, have a column of their own and no rate. A rate with no tokens issued or no forms opened, and a count of fewer than {minimumCellSize} responses, are shown as \"—\"."))}</p>\n");
        var rows = new List<string[]> { Cells(T("合計", "Total"), T("全部管道", "All channels"), rates.Total) };
        rows.AddRange(rates.Groups.Select(g => Cells(
            g.UnitName is { } name ? new LocalizedText(name).Get(language) : g.Unit.Length == 0 ? T("不分單位", "Not by unit") : g.Unit,
            g.Channel.Length == 0 ? T("未指定", "Not named") : labels.Channel(g.Channel, language),
            g.Figures)));
        ReportTable.Append(body, T($"{surveyTitle}：各單位、管道填答率", $"{surveyTitle}: response rates by unit and channel"),
            en
                ? ["Unit", "Channel", "Tokens issued", "Token responses", "Token response rate", "Forms opened", "Responses without a token", "Form response rate", "API responses (no form opened)"]
                : ["單位", "管道", "發出邀請", "持邀請填答", "邀請填答率", "表單開啟", "未持邀請填答", "表單填答率", "API 填答（未開啟表單）"],
            rows,
            language,
            rowHeaders: 2);
    }

    private static string[] Cells(string unit, string channel, ResponseRateFigures f) =>
    [
        unit, channel,
        ReportText.Count(f.TokensMinted), ReportText.Count(f.TokenResponses), ReportText.Percent(f.TokenRatePercent),
        ReportText.Count(f.FormViews), ReportText.Count(f.FormResponses), ReportText.Percent(f.FormRatePercent),
        ReportText.Count(f.ApiResponses),
    ];
}
