using ServiceQuality.Domain.Leads;

namespace ServiceQuality.Handlers.Pages.Staff.Leads;

/// <summary>How a lead is named and addressed on the staff pages.</summary>
public static class LeadTexts
{
    /// <summary>The shop's name, else its id on the platform, else its address, else the lead's own id.</summary>
    public static string SellerName(SellerLead lead) => lead.ShopName ?? lead.ShopId ?? lead.Url ?? lead.Id;

    public static string Path(string id) => "/staff/leads/" + Uri.EscapeDataString(id);

    public static string Status(SellerLead lead, string language) =>
        lead.MergedInto is null
            ? (language == Domain.Localization.Language.English ? "Open" : "追蹤中")
            : (language == Domain.Localization.Language.English ? "Merged" : "已合併");
}
