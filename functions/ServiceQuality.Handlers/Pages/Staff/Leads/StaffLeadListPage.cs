using System.Text;
using ServiceQuality.Domain.Leads;
using static ServiceQuality.Handlers.Pages.Staff.StaffPageParts;

namespace ServiceQuality.Handlers.Pages.Staff.Leads;

/// <summary>The seller leads: the open ones, most reported first, and on request those merged into another.</summary>
public static class StaffLeadListPage
{
    public static (string Title, string Body) Render(IReadOnlyList<SellerLead> open, IReadOnlyList<SellerLead>? merged, string language)
    {
        var en = English(language);
        var title = en ? "Seller leads" : "賣家線索";
        var body = new StringBuilder($"<h1>{title}</h1>\n");
        body.Append(en
            ? "<p>Reports about sellers of uncertified or unsafe goods, one lead per seller. Open a lead to see its cases, merge it with another or split cases off.</p>\n"
            : "<p>民眾檢舉販售未經驗證或不安全商品的賣家，同一賣家歸為一條線索。開啟線索可檢視案件，並可合併或分出案件。</p>\n");
        body.Append(Table("leads-open", en ? $"Open leads ({open.Count}), most reported first" : $"追蹤中的線索（{open.Count} 條，依檢舉次數排列）", open, language));
        if (merged is null)
        {
            body.Append($"<p><a href=\"{Html.Attr(StaffLayout.Link("/staff/leads?merged=true", language))}\">{(en ? "Show merged leads too" : "一併顯示已合併的線索")}</a></p>\n");
        }
        else
        {
            body.Append(Table("leads-merged", en ? $"Merged leads ({merged.Count}), most recently reported first" : $"已合併的線索（{merged.Count} 條，依最近檢舉排列）", merged, language));
        }
        return (title, body.ToString());
    }

    private static string Table(string id, string caption, IReadOnlyList<SellerLead> leads, string language)
    {
        var en = English(language);
        if (leads.Count == 0)
        {
            return $"<p class=\"no-figures\" id=\"{id}\">{Html.Encode(caption)}{(en ? ": none." : "：無。")}</p>\n";
        }
        var html = new StringBuilder($"<div class=\"table-scroll\"><table class=\"report-table staff-table\" id=\"{id}\">\n<caption>{Html.Encode(caption)}</caption>\n");
        html.Append($"<thead><tr><th scope=\"col\">{(en ? "Seller" : "賣家")}</th><th scope=\"col\">{(en ? "Platform" : "平台")}</th><th scope=\"col\">{(en ? "Reports" : "檢舉案件數")}</th><th scope=\"col\">{(en ? "Status" : "狀態")}</th><th scope=\"col\">{(en ? "Last reported" : "最近檢舉")}</th></tr></thead>\n<tbody>\n");
        foreach (var lead in leads)
        {
            html.Append($"<tr><th scope=\"row\"><a href=\"{Html.Attr(StaffLayout.Link(LeadTexts.Path(lead.Id), language))}\">{Html.Encode(LeadTexts.SellerName(lead))}</a></th>")
                .Append(Td(en ? "Platform" : "平台", Html.Encode(lead.Platform ?? "—"))).Append(Td(en ? "Reports" : "檢舉案件數", Number(lead.Count)))
                .Append(Td(en ? "Status" : "狀態", Html.Encode(LeadTexts.Status(lead, language)))).Append(Td(en ? "Last reported" : "最近檢舉", Time(lead.LastReportedAt, "yyyy-MM-dd"))).Append("</tr>\n");
        }
        html.Append("</tbody>\n</table></div>\n");
        return html.ToString();
    }
}
