using System.Text;
using ServiceQuality.Domain.Leads;
using ServiceQuality.Domain.Validation;
using ServiceQuality.Handlers.Staff;
using static ServiceQuality.Handlers.Pages.Staff.StaffPageParts;

namespace ServiceQuality.Handlers.Pages.Staff.Leads;

/// <summary>
/// One seller lead: what is known of the seller, its cases (each linking to the case page), and two forms: merge
/// it into another lead (the same seller under another name) and split cases off into a new lead.
/// </summary>
public sealed class StaffLeadPage(StaffForms forms, string language)
{
    /// <summary>Each case's checkbox in the split form is named this and its index, with the case number as its value.</summary>
    public const string SplitFieldPrefix = "case-";

    private readonly bool _en = English(language);

    private string T(string zhTw, string en) => _en ? en : zhTw;

    public (string Title, string Body) Render(StaffLeadPageModel model, StaffMember staff)
    {
        var lead = model.Lead;
        var title = T($"賣家線索：{LeadTexts.SellerName(lead)}", $"Seller lead: {LeadTexts.SellerName(lead)}");
        var body = new StringBuilder();
        body.Append($"<p class=\"back-link\"><a href=\"{Html.Attr(StaffLayout.Link("/staff/leads", language))}\">{T("回到賣家線索", "Back to seller leads")}</a></p>\n");
        body.Append($"<h1>{Html.Encode(title)}</h1>\n");
        body.Append(Message(model.MessageHtml));
        var errors = model.Errors ?? new ValidationErrors();
        if (!errors.IsEmpty)
        {
            body.Append(FormParts.ErrorSummary(errors, language, field => field == "into" ? "lead-into" : "lead-split"));
        }
        body.Append(Facts(lead));
        body.Append(Cases(lead));
        if (lead.MergedInto is { } into)
        {
            body.Append($"<p>{T("這條線索已合併至", "This lead was merged into")} <a href=\"{Html.Attr(StaffLayout.Link(LeadTexts.Path(into), language))}\">{Html.Encode(into)}</a>{T("，請在那裡處理。", "; work on it there.")}</p>\n");
            return (title, body.ToString());
        }
        body.Append(MergeForm(model, staff, errors));
        body.Append(SplitForm(model, staff, errors));
        return (title, body.ToString());
    }

    private string Facts(SellerLead lead)
    {
        var html = new StringBuilder("<dl class=\"report-facts\">\n");
        void Fact(string label, string? value) => html.Append($"<dt>{label}</dt><dd>{Html.Encode(string.IsNullOrWhiteSpace(value) ? "—" : value)}</dd>\n");
        Fact(T("線索代碼", "Lead id"), lead.Id);
        Fact(T("狀態", "Status"), LeadTexts.Status(lead, language));
        Fact(T("平台", "Platform"), lead.Platform);
        Fact(T("賣場名稱", "Shop name"), lead.ShopName);
        Fact(T("賣場代號", "Shop id"), lead.ShopId);
        // The address came from a citizen's report: shown as text, never as a link staff might follow by mistake.
        Fact(T("網址", "Address"), lead.Url);
        Fact(T("商品類別", "Product types"), string.Join(_en ? ", " : "、", lead.ProductTypes));
        html.Append($"<dt>{T("首次檢舉", "First reported")}</dt><dd>{Time(lead.FirstReportedAt)}</dd>\n");
        html.Append($"<dt>{T("最近檢舉", "Last reported")}</dt><dd>{Time(lead.LastReportedAt)}</dd>\n");
        html.Append("</dl>\n");
        return html.ToString();
    }

    private string Cases(SellerLead lead)
    {
        var html = new StringBuilder($"<h2 id=\"lead-cases\">{T($"案件（{lead.Count} 件）", $"Cases ({lead.Count})")}</h2>\n<ul class=\"lead-cases\">\n");
        foreach (var number in lead.CaseNumbers)
        {
            html.Append($"<li><a href=\"{Html.Attr(StaffLayout.Link("/staff/cases/" + Uri.EscapeDataString(number), language))}\">{Html.Encode(number)}</a></li>\n");
        }
        html.Append("</ul>\n");
        return html.ToString();
    }

    private string MergeForm(StaffLeadPageModel model, StaffMember staff, ValidationErrors errors)
    {
        var html = new StringBuilder($"<section class=\"staff-section\" aria-labelledby=\"lead-merge\">\n<h2 id=\"lead-merge\">{T("合併到另一條線索", "Merge into another lead")}</h2>\n");
        if (model.Others.Count == 0)
        {
            html.Append($"<p>{T("沒有其他追蹤中的線索可以合併。", "There is no other open lead to merge into.")}</p>\n</section>\n");
            return html.ToString();
        }
        html.Append($"<p>{T("同一賣家以不同名稱出現時，將這條線索的案件併入另一條線索。", "When this is the same seller under another name, move this lead's cases into the other lead.")}</p>\n");
        html.Append($"<form method=\"post\" action=\"{Html.Attr(Action(LeadTexts.Path(model.Lead.Id) + "/merge", language))}\" class=\"staff-action\">\n{forms.HiddenField(staff)}\n");
        var invalid = errors.Has("into") ? $" aria-invalid=\"true\" aria-describedby=\"{FormParts.ErrorId("into")}\"" : "";
        html.Append($"<label for=\"lead-into\">{T("合併到", "Merge into")}</label>\n");
        html.Append(FieldError(errors, "into"));
        html.Append($"<select id=\"lead-into\" name=\"into\"{invalid}>\n<option value=\"\">{T("請選擇線索", "Choose a lead")}</option>\n");
        foreach (var other in model.Others)
        {
            var selected = other.Id == model.ChosenInto ? " selected" : "";
            var detail = _en ? $" ({other.Platform ?? "—"}, {other.Count} reports)" : $"（{other.Platform ?? "—"}，{other.Count} 件）";
            html.Append($"<option value=\"{Html.Attr(other.Id)}\"{selected}>{Html.Encode(LeadTexts.SellerName(other) + detail)}</option>\n");
        }
        html.Append($"</select>\n<button type=\"submit\" class=\"secondary\">{T("合併", "Merge")}</button>\n</form>\n</section>\n");
        return html.ToString();
    }

    private string SplitForm(StaffLeadPageModel model, StaffMember staff, ValidationErrors errors)
    {
        var lead = model.Lead;
        var html = new StringBuilder($"<section class=\"staff-section\" aria-labelledby=\"lead-split-heading\">\n<h2 id=\"lead-split-heading\">{T("分出案件到新線索", "Split cases off into a new lead")}</h2>\n");
        if (lead.Count < 2)
        {
            html.Append($"<p>{T("只有一件案件的線索無法分割。", "A lead with one case cannot be split.")}</p>\n</section>\n");
            return html.ToString();
        }
        html.Append($"<form method=\"post\" action=\"{Html.Attr(Action(LeadTexts.Path(lead.Id) + "/split", language))}\" class=\"staff-action\">\n{forms.HiddenField(staff)}\n");
        var described = errors.Has("cases") ? $" aria-describedby=\"{FormParts.ErrorId("cases")}\"" : "";
        html.Append($"<fieldset id=\"lead-split\"{described}>\n<legend>{T("勾選屬於另一賣家的案件（部分，不能全部）", "Tick the cases about another seller (some, not all)")}</legend>\n");
        html.Append(FieldError(errors, "cases"));
        var index = 0;
        foreach (var number in lead.CaseNumbers)
        {
            var i = index++;
            var id = $"split-{i}";
            var chosen = model.ChosenCases?.Contains(number) == true ? " checked" : "";
            html.Append($"<div class=\"option\"><input type=\"checkbox\" id=\"{id}\" name=\"{SplitFieldPrefix}{i}\" value=\"{Html.Attr(number)}\"{chosen}><label for=\"{id}\">{Html.Encode(number)}</label></div>\n");
        }
        html.Append($"</fieldset>\n<button type=\"submit\" class=\"secondary\">{T("分出", "Split off")}</button>\n</form>\n</section>\n");
        return html.ToString();
    }

    private string FieldError(ValidationErrors errors, string field) =>
        errors.All.FirstOrDefault(e => e.Field == field) is { } e
            ? $"<p class=\"field-error\" id=\"{FormParts.ErrorId(field)}\">{Html.Encode(e.Message[language])}</p>\n"
            : "";
}
