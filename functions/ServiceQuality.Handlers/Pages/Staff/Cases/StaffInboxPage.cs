using System.Globalization;
using System.Text;
using ServiceQuality.Domain.Calendar;
using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Time;
using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Handlers.Pages.Staff.Cases;

/// <summary>
/// The staff case inbox: the filter form (a GET form, so a filtered list is a link), then one table row per case in
/// working order, marked when it needs review, is overdue or is due today, then links to the other pages.
/// </summary>
public static class StaffInboxPage
{
    public const string Path = "/staff/cases";

    public static CasePageContent Render(CaseInboxPage? page, IReadOnlyDictionary<string, string?> fields, ValidationErrors errors, CaseFilterOptions options,
        WorkingDayCalendar calendar, string language)
    {
        var en = language == Language.English;
        string T(string zh, string english) => en ? english : zh;
        var title = T("案件收件匣", "Case inbox");
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<h1>{title}</h1>\n");
        var scope = options.UnitScope is null
            ? T("依處理順序列出：待人工分類的案件優先，其次為逾期案件，再依到期日與優先度排列；已結案案件預設不列出。",
                "In working order: cases needing review first, then overdue cases, then by due date and priority; closed cases are left out unless asked for.")
            : T($"僅列出{CaseTexts.Unit(options.UnitScope, options.Organisation, language)}的案件，依逾期、到期日與優先度排列。",
                $"Only the cases of the {CaseTexts.Unit(options.UnitScope, options.Organisation, language)}, overdue first, then by due date and priority.");
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"hint\">{Html.Encode(scope)}</p>\n");
        if (!errors.IsEmpty)
        {
            body.Append(FormParts.ErrorSummary(errors, language, field => field));
        }
        CaseFilterForm.Append(body, fields, errors, options, language);
        if (page is not null)
        {
            Results(body, page, fields, options, calendar, language);
        }
        var other = en ? Language.TraditionalChinese : Language.English;
        return new CasePageContent(title, body.ToString(), Link(fields, other, page?.Query.Page));
    }

    private static void Results(StringBuilder body, CaseInboxPage page, IReadOnlyDictionary<string, string?> fields, CaseFilterOptions options,
        WorkingDayCalendar calendar, string language)
    {
        var en = language == Language.English;
        string T(string zh, string english) => en ? english : zh;
        var first = (page.Query.Page - 1) * page.PageSize + 1;
        var last = first + page.Cases.Count - 1;
        var count = page.Total == 0
            ? T("沒有符合條件的案件。", "No case matches these filters.")
            : page.Cases.Count == 0
                ? T($"共 {page.Total} 件；此頁超出範圍。", $"{page.Total} case{(page.Total == 1 ? "" : "s")}; this page is past the last one.")
                : T($"共 {page.Total} 件，顯示第 {first} 至 {last} 件。", $"{page.Total} case{(page.Total == 1 ? "" : "s")}, showing {first} to {last}.");
        body.Append(CultureInfo.InvariantCulture, $"<h2 id=\"results\">{Html.Encode(T($"{page.Query.Year} 年收件案件", $"Cases filed in {page.Query.Year}"))}</h2>\n");
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"case-count\" id=\"case-count\">{Html.Encode(count)}</p>\n");
        if (page.Cases.Count > 0)
        {
            Table(body, page, options, calendar, language);
        }
        Paging(body, page, fields, language);
    }

    private static void Table(StringBuilder body, CaseInboxPage page, CaseFilterOptions options, WorkingDayCalendar calendar, string language)
    {
        var en = language == Language.English;
        string T(string zh, string english) => en ? english : zh;
        var caption = T("案件清單", "Cases");
        string[] headings =
        [
            T("案號", "Case number"), T("收件日期", "Filed"), T("管道", "Channel"), T("類別（分類信心）", "Category (confidence)"),
            T("承辦單位", "Unit"), T("狀態", "Status"), T("到期日", "Due"), T("優先度", "Priority"),
        ];
        body.Append(CultureInfo.InvariantCulture,
            $"<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"{Html.Attr(caption)}\"><table class=\"report-table case-table\" aria-describedby=\"case-count\"><caption>{Html.Encode(caption)}</caption><thead><tr>");
        foreach (var heading in headings)
        {
            body.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{Html.Encode(heading)}</th>");
        }
        body.Append("</tr></thead><tbody>\n");
        foreach (var c in page.Cases)
        {
            var deadline = CaseDeadline.Of(c, page.Now, calendar);
            var review = CaseInboxOrder.NeedsReview(c);
            var filed = TaipeiTime.DateOf(c.FiledAt);
            body.Append(CultureInfo.InvariantCulture, $"<tr{(review ? " class=\"needs-review\"" : deadline.Overdue ? " class=\"overdue\"" : "")}>");
            body.Append(CultureInfo.InvariantCulture,
                $"<th scope=\"row\"><a href=\"{Html.Attr(StaffCasePage.PathOf(c.Number, language))}\">{c.Number}</a></th>");
            Cell(body, headings[1], $"<time datetime=\"{filed:yyyy-MM-dd}\">{filed:yyyy-MM-dd}</time>");
            Cell(body, headings[2], Html.Encode(options.Labels.Channel(c.Channel, language)));
            Cell(body, headings[3], Html.Encode(CaseTexts.Category(c.Category, options.Categories, language) + CaseTexts.Confidence(c.Confidence, language)));
            Cell(body, headings[4], Html.Encode(CaseTexts.Unit(c.UnitId, options.Organisation, language)));
            var status = Html.Encode(CaseTexts.Status(c.Status, language));
            if (review && c.Status != CaseStatus.NeedsReview)
            {
                status += $" <strong class=\"mark mark-review\">{T("待人工分類", "needs review")}</strong>";
            }
            Cell(body, headings[5], status);
            Cell(body, headings[6], $"<time datetime=\"{c.DueDate:yyyy-MM-dd}\">{c.DueDate:yyyy-MM-dd}</time>{Mark(deadline, language)}");
            Cell(body, headings[7], c.Priority is { } p ? p.ToString(CultureInfo.InvariantCulture) : "—");
            body.Append("</tr>\n");
        }
        body.Append("</tbody></table></div>\n");
    }

    /// <summary>"Overdue" or "due today" beside the date, in words, so the mark is not carried by colour alone.</summary>
    public static string Mark(CaseDeadline deadline, string language)
    {
        var en = language == Language.English;
        return deadline.Overdue ? $" <strong class=\"mark mark-overdue\">{(en ? "overdue" : "逾期")}</strong>"
            : deadline.DueToday ? $" <strong class=\"mark mark-today\">{(en ? "due today" : "今日到期")}</strong>"
            : "";
    }

    private static void Cell(StringBuilder body, string label, string html) =>
        body.Append(CultureInfo.InvariantCulture, $"<td data-label=\"{Html.Attr(label)}\">{html}</td>");

    private static void Paging(StringBuilder body, CaseInboxPage page, IReadOnlyDictionary<string, string?> fields, string language)
    {
        if (page.PageCount <= 1 && page.Query.Page == 1)
        {
            return;
        }
        var en = language == Language.English;
        var current = page.Query.Page;
        body.Append(CultureInfo.InvariantCulture, $"<nav class=\"paging\" aria-label=\"{(en ? "Pages of cases" : "案件分頁")}\"><p>");
        body.Append(CultureInfo.InvariantCulture, $"{(en ? $"Page {current} of {page.PageCount}" : $"第 {current} 頁，共 {page.PageCount} 頁")}</p><ul>");
        if (current > 1)
        {
            body.Append(CultureInfo.InvariantCulture, $"<li><a rel=\"prev\" href=\"{Html.Attr(Link(fields, language, Math.Min(current - 1, page.PageCount)))}\">{(en ? "Previous page" : "上一頁")}</a></li>");
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
        foreach (var name in CaseInboxQuery.Fields.Where(f => f != "page"))
        {
            if (fields.GetValueOrDefault(name) is { } value && !string.IsNullOrWhiteSpace(value))
            {
                query.Add($"{name}={Uri.EscapeDataString(value.Trim())}");
            }
        }
        if (page is > 1)
        {
            query.Add(FormattableString.Invariant($"page={page}"));
        }
        return Path + "?" + string.Join("&", query);
    }
}
