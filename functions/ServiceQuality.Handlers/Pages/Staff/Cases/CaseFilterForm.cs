using System.Globalization;
using System.Text;
using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Handlers.Pages.Staff.Cases;

/// <summary>The inbox's filter form: a GET form of labelled selects and a checkbox, the current choice kept, a bad one marked.</summary>
public static class CaseFilterForm
{
    public static void Append(StringBuilder body, IReadOnlyDictionary<string, string?> fields, ValidationErrors errors, CaseFilterOptions options, string language)
    {
        var en = language == Language.English;
        string T(string zh, string english) => en ? english : zh;
        string? Value(string name) => fields.GetValueOrDefault(name) is { Length: > 0 } v ? v.Trim() : null;
        body.Append(CultureInfo.InvariantCulture, $"<form class=\"comment-filters case-filters\" method=\"get\" action=\"{StaffInboxPage.Path}\">");
        body.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"lang\" value=\"{Html.Attr(language)}\">");
        var years = options.Years().Select(y => y.ToString(CultureInfo.InvariantCulture)).ToList();
        if (Value("year") is { } asked && !years.Contains(asked) && !errors.Has("year"))
        {
            years.Add(asked);
        }
        FilterSelect.Append(body, "year", T("收件年度", "Year filed"), null, years.Select(y => (y, y)),
            Value("year") ?? options.CurrentYear.ToString(CultureInfo.InvariantCulture), errors, language);
        FilterSelect.Append(body, "unit", T("承辦單位", "Unit"), options.UnitScope is null ? T("全部單位", "All units") : null,
            options.Units.Select(u => (u.Id, u.Name.Get(language))), Value("unit"), errors, language);
        FilterSelect.Append(body, "category", T("類別", "Category"), T("全部類別", "All categories"),
            options.Categories.All.Select(c => (c.Id, c.Name.Get(language))), Value("category"), errors, language);
        FilterSelect.Append(body, "status", T("狀態", "Status"), T("全部狀態", "Any status"),
            CaseStatus.All.Select(s => (s, CaseTexts.Status(s, language))), Value("status"), errors, language);
        FilterSelect.Append(body, "channel", T("陳情管道", "Channel"), T("全部管道", "All channels"),
            CaseChannels.All.Select(c => (c, options.Labels.Channel(c, language))), Value("channel"), errors, language);
        FilterSelect.Append(body, "due", T("到期", "Due"), T("不限", "Any time"),
            [(CaseInboxQuery.Overdue, T("已逾期", "Overdue")), (CaseInboxQuery.DueToday, T("今日到期", "Due today"))], Value("due"), errors, language);
        var closedError = errors.All.FirstOrDefault(e => e.Field == "closed");
        body.Append(CultureInfo.InvariantCulture, $"<div class=\"filter filter-check{(closedError is null ? "" : " has-error")}\">");
        if (closedError is not null)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"field-error\" id=\"{FormParts.ErrorId("closed")}\">{Html.Encode(closedError.Message[language])}</p>");
        }
        body.Append(CultureInfo.InvariantCulture,
            $"<input type=\"checkbox\" id=\"closed\" name=\"closed\" value=\"true\"{(Value("closed") == "true" ? " checked" : "")}{(closedError is null ? "" : $" aria-invalid=\"true\" aria-describedby=\"{FormParts.ErrorId("closed")}\"")}>");
        body.Append(CultureInfo.InvariantCulture, $"<label for=\"closed\">{T("包含已結案案件", "Include closed cases")}</label></div>");
        body.Append(CultureInfo.InvariantCulture, $"<div class=\"filter-submit\"><button type=\"submit\" class=\"primary\">{T("篩選案件", "Filter cases")}</button></div>");
        body.Append("</form>\n");
    }
}
