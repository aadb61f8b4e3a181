using System.Globalization;
using System.Text;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Reports;
using ServiceQuality.Domain.Time;
using ServiceQuality.Domain.Validation;
using ServiceQuality.Handlers.Pages.Reports;

namespace ServiceQuality.Handlers.Pages.Comments;

/// <summary>The comments reader's filter form: labelled selects, the current choice kept, a bad one marked.</summary>
public static class CommentFilters
{
    public static readonly string[] Fields = ["survey", "month", "unit", "score", "topic"];

    public static void Append(StringBuilder body, IReadOnlyDictionary<string, string?> fields, ValidationErrors errors, CommentFilterOptions options, string language)
    {
        var en = language == Language.English;
        string T(string zh, string english) => en ? english : zh;
        string? Value(string name) => fields.GetValueOrDefault(name) is { Length: > 0 } v ? v : null;
        body.Append(CultureInfo.InvariantCulture, $"<form class=\"comment-filters\" method=\"get\" action=\"{CommentsPage.Path}\">");
        body.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"lang\" value=\"{Html.Attr(language)}\">");
        FilterSelect.Append(body, "survey", T("問卷", "Survey"), null, options.Surveys.Select(s => (s.Id, s.Title.Get(language))), Value("survey"), errors, language);
        var listed = options.Months().ToList();
        // A month older than the list, asked for in a link, is offered too, so the form shows what the page shows.
        if (MonthKey.TryParse(Value("month"), out var asked) && !listed.Contains(asked))
        {
            listed.Add(asked);
        }
        var months = listed.Select(m => (m.ToString(), en ? ReportText.PeriodTitle(m.ToString(), true) : MinguoDate.Month(m))).ToList();
        FilterSelect.Append(body, "month", T("月份", "Month"), null, months, Value("month") ?? options.Current.ToString(), errors, language);
        FilterSelect.Append(body, "unit", T("單位", "Unit"), T("全部單位", "All units"),
            options.Units.Select(u => (u.Id, u.Name.Get(language))).Append((SurveyRollup.Unspecified, T("未填單位", "No unit stated"))), Value("unit"), errors, language);
        FilterSelect.Append(body, "score", T("整體評分", "Overall score"), T("全部評分", "All scores"),
            Enumerable.Range(1, 5).Reverse().Select(s => (s.ToString(CultureInfo.InvariantCulture), $"{s} / 5")), Value("score"), errors, language);
        FilterSelect.Append(body, "topic", T("主題", "Topic"), T("全部主題", "All topics"),
            CommentTopics.Known.Select(t => (t, CommentTopics.NameOf(t).Get(language))), Value("topic"), errors, language);
        body.Append(CultureInfo.InvariantCulture, $"<div class=\"filter-submit\"><button type=\"submit\" class=\"primary\">{T("顯示意見", "Show comments")}</button></div>");
        body.Append("</form>\n");
    }
}
