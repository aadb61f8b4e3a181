using System.Globalization;
using System.Text;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Handlers.Pages;

/// <summary>
/// The staff view of the quarantine: the open responses the rollup held back as bursts, by survey and month, each
/// with release and discard buttons, and one pair for all of a survey's month. Works without JavaScript.
/// </summary>
public static class QuarantinePage
{
    public const int MaxRowsShown = 100;

    /// <param name="antiForgeryField">The staff form's hidden anti-forgery input, put in every decision form.</param>
    /// <returns>The page's title and body, for the staff layout.</returns>
    public static (string Title, string Body) Render(SurveyCatalog catalog, IReadOnlyList<SurveyResponse> held, string language, string? notice, string antiForgeryField)
    {
        var en = language == Language.English;
        var title = en ? "Quarantined survey responses" : "隔離中的問卷回應";
        var body = new StringBuilder($"<h1>{title}</h1>\n");
        body.Append("<p>").Append(en
            ? "Open responses that arrived as a burst (many for one unit or survey in a short time, identical answers, or one client) are counted in no figure until you release them. Release what citizens really sent; discard the rest."
            : "短時間內大量湧入的未驗證回應（同一單位或問卷、答案完全相同、或來自同一連線）在您釋出前不列入任何統計。請釋出民眾真實填寫的回應，其餘予以捨棄。").Append("</p>\n");
        if (notice is not null)
        {
            body.Append($"<p role=\"status\" class=\"notice\">{Html.Encode(notice)}</p>\n");
        }
        if (held.Count == 0)
        {
            body.Append($"<p>{(en ? "No response is in quarantine." : "目前沒有隔離中的回應。")}</p>\n");
        }
        var action = "/quarantine?lang=" + language;
        foreach (var group in held.GroupBy(r => (r.SurveyId, Month: r.Month.ToString())))
        {
            var name = catalog.Find(group.Key.SurveyId)?.Title[language] ?? group.Key.SurveyId;
            var list = group.ToList();
            body.Append("<section>\n");
            body.Append($"<h2>{Html.Encode(name)}{(en ? ", " : "，")}{group.Key.Month}{(en ? $": {list.Count} held" : $"：{list.Count} 份隔離中")}</h2>\n");
            body.Append(DecisionForm(action, antiForgeryField, group.Key.SurveyId, group.Key.Month, null, en, en ? "all of them" : "全部"));
            body.Append("<table>\n<thead><tr>");
            foreach (var header in en ? new[] { "Sent", "Unit", "Channel", "Answers", "Decision" } : ["送出時間", "單位", "管道", "答案", "處理"])
            {
                body.Append($"<th scope=\"col\">{header}</th>");
            }
            body.Append("</tr></thead>\n<tbody>\n");
            foreach (var response in list.Take(MaxRowsShown))
            {
                var at = TaipeiTime.ToTaipei(response.SubmittedAt).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
                var answers = string.Join(", ", response.Answers.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={a.Value}"));
                body.Append($"<tr><td>{at}</td><td>{Html.Encode(response.UnitId ?? "—")}</td><td>{Html.Encode(response.Channel ?? "—")}</td>");
                body.Append($"<td>{Html.Encode(answers)}</td><td>{DecisionForm(action, antiForgeryField, response.SurveyId, group.Key.Month, response.Id, en, at)}</td></tr>\n");
            }
            body.Append("</tbody>\n</table>\n");
            if (list.Count > MaxRowsShown)
            {
                body.Append($"<p>{(en ? $"The first {MaxRowsShown} are shown." : $"僅列出前 {MaxRowsShown} 份。")}</p>\n");
            }
            body.Append("</section>\n");
        }
        return (title, body.ToString());
    }

    private static string DecisionForm(string action, string antiForgeryField, string surveyId, string month, string? responseId, bool en, string what) => $"""
        <form method="post" action="{Html.Attr(action)}" class="inline-form">
        {antiForgeryField}
        <input type="hidden" name="survey" value="{Html.Attr(surveyId)}">
        <input type="hidden" name="month" value="{Html.Attr(month)}">
        {(responseId is null ? "<input type=\"hidden\" name=\"all\" value=\"true\">" : $"<input type=\"hidden\" name=\"id\" value=\"{Html.Attr(responseId)}\">")}
        <button type="submit" name="decision" value="release" aria-label="{Html.Attr((en ? "Release " : "釋出") + what)}">{(en ? "Release" : "釋出")}</button>
        <button type="submit" name="decision" value="discard" aria-label="{Html.Attr((en ? "Discard " : "捨棄") + what)}">{(en ? "Discard" : "捨棄")}</button>
        </form>

        """;
}
