using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using ServiceQuality.Domain.Cases;
using static ServiceQuality.Handlers.Pages.Staff.StaffPageParts;

namespace ServiceQuality.Handlers.Pages.Staff.Home;

/// <summary>The staff home: one short list per kind of work, each entry a count that links to where the work is done.</summary>
public static class StaffHomePage
{
    public static (string Title, string Body) Render(StaffHomeModel model, string language)
    {
        var en = English(language);
        var title = en ? "What needs you now" : "待辦事項";
        var body = new StringBuilder($"<h1>{title}</h1>\n");
        body.Append($"<p>{(en ? $"Hello, {Html.Encode(model.Staff.Name)}." : $"{Html.Encode(model.Staff.Name)}，您好。")}</p>\n");
        if (model.Cases is { } cases)
        {
            Section(body, "home-cases", en ? "Cases" : "案件", en && model.CaseUnit is not null ? "Your unit's open cases." : model.CaseUnit is not null ? "您單位的未結案件。" : null,
            [
                (CasesLink(model.CaseUnit, CaseStatus.NeedsReview, null, language), cases.NeedsReview, en ? "cases need a category" : "件待確認類別"),
                (CasesLink(model.CaseUnit, null, CaseInboxQuery.Overdue, language), cases.Overdue, en ? "cases are overdue" : "件已逾期"),
                (CasesLink(model.CaseUnit, null, CaseInboxQuery.DueToday, language), cases.DueToday, en ? "cases are due today" : "件今日到期"),
            ]);
        }
        if (model.Etiquette is { } coverage)
        {
            var untested = coverage.Untested.Count;
            var period = en
                ? $"units not yet tested this period ({coverage.FirstDay:yyyy-MM-dd} to {coverage.LastDay:yyyy-MM-dd})"
                : $"個單位本期（{coverage.FirstDay:yyyy-MM-dd} 至 {coverage.LastDay:yyyy-MM-dd}）尚未測試";
            Section(body, "home-etiquette", en ? "Phone etiquette" : "禮貌測試", null, [(StaffLayout.Link("/staff/etiquette", language), untested, period)]);
        }
        if (model.Quarantined is { } quarantined)
        {
            Section(body, "home-quarantine", en ? "Survey responses" : "問卷回應", null,
                [(StaffLayout.Link("/quarantine", language), quarantined, en ? "quarantined responses await a decision" : "則隔離回應待決定")]);
        }
        if (model.PoisonMessages is { } poison)
        {
            Section(body, "home-operations", en ? "Operations" : "維運", null,
                [(StaffLayout.Link("/staff/operations", language) + "#poison", poison, en ? "failed messages wait in the poison queues" : "則失敗訊息待處理")]);
        }
        return (title, body.ToString());
    }

    private static void Section(StringBuilder body, string id, string heading, string? intro, IEnumerable<(string Href, int Count, string Text)> entries)
    {
        body.Append($"<section class=\"staff-section\" aria-labelledby=\"{id}\">\n<h2 id=\"{id}\">{Html.Encode(heading)}</h2>\n");
        if (intro is not null)
        {
            body.Append($"<p>{Html.Encode(intro)}</p>\n");
        }
        body.Append("<ul class=\"staff-tasks\">\n");
        foreach (var (href, count, text) in entries)
        {
            var busy = count > 0 ? " class=\"has-work\"" : "";
            body.Append($"<li{busy}><a href=\"{Html.Attr(href)}\"><span class=\"task-count\">{Number(count)}</span> {Html.Encode(text)}</a></li>\n");
        }
        body.Append("</ul>\n</section>\n");
    }

    /// <summary>The case inbox with the filters that show these cases; the inbox limits a unit user to their unit anyway.</summary>
    private static string CasesLink(string? unit, string? status, string? due, string language)
    {
        var query = new Dictionary<string, string?>();
        if (!string.IsNullOrEmpty(unit))
        {
            query["unit"] = unit;
        }
        if (status is not null)
        {
            query["status"] = status;
        }
        if (due is not null)
        {
            query["due"] = due;
        }
        return StaffLayout.Link(QueryHelpers.AddQueryString("/staff/cases", query), language);
    }
}
