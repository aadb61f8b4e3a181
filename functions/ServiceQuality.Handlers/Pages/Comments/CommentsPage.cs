using System.Globalization;
using System.Text;
using ServiceQuality.Domain.Comments;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Reports;
using ServiceQuality.Domain.Time;
using ServiceQuality.Domain.Validation;
using ServiceQuality.Handlers.Pages.Reports;

namespace ServiceQuality.Handlers.Pages.Comments;

/// <summary>
/// The managers' reader of survey comments: a filter form (survey, month, unit, overall score, topic) that works without
/// script as a GET form, then the page of masked comments with their topic and sentiment, then links to other pages.
/// </summary>
public static class CommentsPage
{
    public const string Path = "/staff/comments";

    public static string Render(LocalizedText agency, CommentPage? page, IReadOnlyDictionary<string, string?> fields, ValidationErrors errors, CommentFilterOptions options, string language)
    {
        var en = language == Language.English;
        string T(string zh, string english) => en ? english : zh;
        var title = T("問卷意見", "Survey comments");
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<h1>{title}</h1>\n");
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"hint\">{T(
            "民眾填寫之意見，個人資料（電話、電子郵件、身分證號、車牌）已遮蔽；主題與情緒為自動分類結果，括號內為分類信心。",
            "What citizens wrote, with personal data (phone numbers, e-mail addresses, ID numbers, plates) masked; topic and sentiment are the classifier's, with its confidence in brackets.")}</p>\n");
        if (!errors.IsEmpty)
        {
            body.Append(FormParts.ErrorSummary(errors, language, field => field));
        }
        CommentFilters.Append(body, fields, errors, options, language);
        if (page is not null)
        {
            Results(body, page, fields, options, language);
        }
        var other = en ? Language.TraditionalChinese : Language.English;
        return PageLayout.Render(agency, language, title, body.ToString(), Link(fields, other, null));
    }

    private static void Results(StringBuilder body, CommentPage page, IReadOnlyDictionary<string, string?> fields, CommentFilterOptions options, string language)
    {
        var en = language == Language.English;
        string T(string zh, string english) => en ? english : zh;
        var query = page.Query;
        var survey = options.Surveys.FirstOrDefault(s => s.Id == query.SurveyId);
        var surveyName = survey is null ? query.SurveyId : survey.Title.Get(language);
        body.Append(CultureInfo.InvariantCulture, $"<h2 id=\"results\">{Html.Encode(T(
            $"{surveyName}，{MinguoDate.Month(query.Month)}：{page.Total} 則意見",
            $"{surveyName}, {ReportText.PeriodTitle(query.Month.ToString(), true)}: {page.Total} comment{(page.Total == 1 ? "" : "s")}"))}</h2>\n");
        if (page.Comments.Count == 0)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p>{T("沒有符合條件的意見。", "No comment matches these filters.")}</p>\n");
            return;
        }
        body.Append(CultureInfo.InvariantCulture, $"<ol class=\"comments\" start=\"{(query.Page - 1) * CommentReader.PageSize + 1}\">\n");
        foreach (var comment in page.Comments)
        {
            Comment(body, comment, options, language);
        }
        body.Append("</ol>\n");
        Paging(body, page, fields, language);
    }

    private static void Comment(StringBuilder body, SurveyComment comment, CommentFilterOptions options, string language)
    {
        var en = language == Language.English;
        string T(string zh, string english) => en ? english : zh;
        var at = TaipeiTime.ToTaipei(comment.ReceivedAt);
        var unit = string.IsNullOrEmpty(comment.UnitId)
            ? T("未填", "Not stated")
            : options.Units.FirstOrDefault(u => u.Id == comment.UnitId)?.Name.Get(language) ?? comment.UnitId;
        body.Append("<li class=\"comment\">");
        body.Append(CultureInfo.InvariantCulture, $"<blockquote class=\"comment-text\">{Html.Encode(comment.Text)}</blockquote>");
        body.Append("<dl class=\"comment-facts\">");
        Fact(body, T("收到時間", "Received"),
            $"<time datetime=\"{Html.Attr(at.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture))}\">{at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}</time>");
        Fact(body, T("單位", "Unit"), Html.Encode(unit));
        Fact(body, T("整體評分", "Overall score"), comment.OverallScore is { } s ? $"{s} / 5" : T("未作答", "Not answered"));
        Fact(body, T("主題", "Topic"), comment.Topic is { } topic
            ? Html.Encode(CommentTopics.NameOf(topic).Get(language)) + Confidence(comment.TopicConfidence, en)
            : T("尚未分類", "Not classified yet"));
        Fact(body, T("情緒", "Sentiment"), comment.Sentiment is { } sentiment
            ? Html.Encode(CommentSentiments.NameOf(sentiment).Get(language)) + Confidence(comment.SentimentConfidence, en)
            : T("尚未分類", "Not classified yet"));
        body.Append("</dl></li>\n");
    }

    private static void Fact(StringBuilder body, string name, string html) => body.Append(CultureInfo.InvariantCulture, $"<div><dt>{name}</dt><dd>{html}</dd></div>");

    private static string Confidence(float? confidence, bool en) =>
        confidence is { } c ? (en ? $" ({c * 100:0}%)" : $"（{c * 100:0}%）") : "";

    private static void Paging(StringBuilder body, CommentPage page, IReadOnlyDictionary<string, string?> fields, string language)
    {
        var en = language == Language.English;
        var current = page.Query.Page;
        body.Append(CultureInfo.InvariantCulture, $"<nav class=\"paging\" aria-label=\"{(en ? "Pages of comments" : "意見分頁")}\"><p>");
        body.Append(CultureInfo.InvariantCulture, $"{(en ? $"Page {current} of {page.PageCount}" : $"第 {current} 頁，共 {page.PageCount} 頁")}</p><ul>");
        if (current > 1)
        {
            body.Append(CultureInfo.InvariantCulture, $"<li><a rel=\"prev\" href=\"{Html.Attr(Link(fields, language, current - 1))}\">{(en ? "Previous page" : "上一頁")}</a></li>");
        }
        if (current < page.PageCount)
        {
            body.Append(CultureInfo.InvariantCulture, $"<li><a rel=\"next\" href=\"{Html.Attr(Link(fields, language, current + 1))}\">{(en ? "Next page" : "下一頁")}</a></li>");
        }
        body.Append("</ul></nav>\n");
    }

    /// <summary>This page with the same filters, in <paramref name="language"/>, at <paramref name="page"/> (or the first).</summary>
    public static string Link(IReadOnlyDictionary<string, string?> fields, string language, int? page)
    {
        var query = new List<string> { "lang=" + Uri.EscapeDataString(language) };
        foreach (var name in CommentFilters.Fields)
        {
            if (fields.GetValueOrDefault(name) is { Length: > 0 } value)
            {
                query.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }
        if (page is > 1)
        {
            query.Add(FormattableString.Invariant($"page={page}"));
        }
        return Path + "?" + string.Join("&", query);
    }
}
