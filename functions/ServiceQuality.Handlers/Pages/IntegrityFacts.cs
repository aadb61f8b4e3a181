using System.Globalization;
using System.Text;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Reports;

namespace ServiceQuality.Handlers.Pages;

/// <summary>
/// Beside a survey's result on the report page: the result of verified responses alone, whether open responses are
/// published, and how many responses the quarantine holds back, so that a reader sees how much of the figure is verified.
/// </summary>
public static class IntegrityFacts
{
    public static void Append(StringBuilder body, SurveyReport survey, Func<SatisfactionFigures, string> result, string language)
    {
        var en = language == Language.English;
        string T(string zh, string english) => en ? english : zh;
        if (survey.Verified is { } verified)
        {
            body.Append(CultureInfo.InvariantCulture, $"<dt>{T("僅已驗證回應", "Verified responses only")}</dt><dd>{Html.Encode(result(verified))}</dd>");
        }
        body.Append(CultureInfo.InvariantCulture, $"<dt>{T("未驗證回應", "Open responses")}</dt><dd>{Html.Encode(survey.OpenResponsesPublished
            ? T("列入調查結果", "Included in the result")
            : T("不列入調查結果（管理者決定）", "Not included in the result (a manager's decision)"))}</dd>");
        body.Append(CultureInfo.InvariantCulture, $"<dt>{T("隔離中", "Quarantined")}</dt><dd>{Html.Encode(en
            ? $"{survey.Quarantined:N0} held as bursts, {survey.Discarded:N0} discarded; in no figure"
            : $"{survey.Quarantined:N0} 份疑似灌票回應待審，{survey.Discarded:N0} 份已捨棄；均不列入統計")}</dd>");
    }
}
