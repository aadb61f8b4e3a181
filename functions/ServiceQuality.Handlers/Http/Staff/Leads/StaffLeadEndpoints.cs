using Microsoft.AspNetCore.Http;
using ServiceQuality.Domain.Audit;
using ServiceQuality.Domain.Leads;
using ServiceQuality.Domain.Validation;
using ServiceQuality.Handlers.Pages;
using ServiceQuality.Handlers.Pages.Staff;
using ServiceQuality.Handlers.Pages.Staff.Leads;
using ServiceQuality.Handlers.Staff;

namespace ServiceQuality.Handlers.Http.Staff.Leads;

/// <summary>
/// GET staff/leads, GET staff/leads/{id}, POST staff/leads/{id}/merge and POST staff/leads/{id}/split: the seller
/// leads for triage and admin, on the same SellerLeadService as api/leads. A done merge or split is audited under
/// the signed-in name and answered with 303 to the lead it left the cases in; a refused one shows the lead again
/// with the reason (400) and changes nothing.
/// </summary>
public sealed class StaffLeadEndpoints(StaffGate gate, StaffLayout layout, StaffForms forms, SellerLeadService leads, IAuditTrail audit, TimeProvider time)
{
    public static readonly string[] Roles = [StaffRoles.Triage, StaffRoles.Admin];

    public async Task<IResult> ListAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!gate.TryPage(request, out var staff, out var refusal, Roles))
        {
            return refusal;
        }
        var open = await OpenAsync(null, cancellationToken);
        var merged = request.Query["merged"] == "true" ? await leads.ListMergedAsync(cancellationToken) : null;
        var (title, body) = StaffLeadListPage.Render(open, merged, StaffLayout.LanguageOf(request));
        return layout.Page(request, staff, title, body);
    }

    public async Task<IResult> GetAsync(HttpRequest request, string id, CancellationToken cancellationToken)
    {
        if (!gate.TryPage(request, out var staff, out var refusal, Roles))
        {
            return refusal;
        }
        if (await FindAsync(id, cancellationToken) is not { } lead)
        {
            return NotFound(request, staff);
        }
        var language = StaffLayout.LanguageOf(request);
        var model = new StaffLeadPageModel(lead, await OpenAsync(lead.Id, cancellationToken), DoneMessage(request, language));
        return Page(request, staff, model);
    }

    public async Task<IResult> MergeAsync(HttpRequest request, string id, CancellationToken cancellationToken)
    {
        var post = await gate.TryPostAsync(request, cancellationToken, Roles);
        if (post.Refused)
        {
            return post.Refusal;
        }
        var (staff, form) = (post.Staff, post.Fields);
        if (await FindAsync(id, cancellationToken) is not { } lead)
        {
            return NotFound(request, staff);
        }
        var into = form.Value("into");
        var errors = new ValidationErrors();
        SellerLead? merged = null;
        if (into.Length == 0)
        {
            errors.Add("into", "請選擇要合併到的線索。", "Choose the lead to merge into.");
        }
        else if (!IsLeadId(into) || (merged = await leads.MergeAsync(lead.Id, into, cancellationToken)) is null)
        {
            errors.Add("into", "無法合併：兩條線索都必須存在、彼此不同，且都尚未合併。", "These leads cannot be merged: both must exist, differ and not be merged already.");
        }
        if (merged is null)
        {
            return Page(request, staff, new StaffLeadPageModel(lead, await OpenAsync(lead.Id, cancellationToken), Errors: errors, ChosenInto: into), StatusCodes.Status400BadRequest);
        }
        await audit.RecordAsync(new AuditEntry(time.GetUtcNow(), staff.AuditName, AuditActions.LeadMerged, $"leads/{lead.Id}", $"into {merged.Id}"), cancellationToken);
        return StaffRedirect.SeeOther(request, $"{LeadTexts.Path(merged.Id)}?done=merged&from={Uri.EscapeDataString(lead.Id)}", StaffLayout.LanguageOf(request));
    }

    public async Task<IResult> SplitAsync(HttpRequest request, string id, CancellationToken cancellationToken)
    {
        var post = await gate.TryPostAsync(request, cancellationToken, Roles);
        if (post.Refused)
        {
            return post.Refusal;
        }
        var (staff, form) = (post.Staff, post.Fields);
        if (await FindAsync(id, cancellationToken) is not { } lead)
        {
            return NotFound(request, staff);
        }
        var chosen = form.ValuesOf(StaffLeadPage.SplitFieldPrefix);
        var errors = new ValidationErrors();
        (SellerLead Remaining, SellerLead Split)? result = null;
        if (chosen.Count == 0)
        {
            errors.Add("cases", "請勾選要分出的案件。", "Tick the cases to split off.");
        }
        else if ((result = await leads.SplitAsync(lead.Id, chosen, cancellationToken)) is null)
        {
            errors.Add("cases", "請勾選這條線索的部分案件，不能全部勾選。", "Tick some of this lead's cases, not all of them.");
        }
        if (result is not { } done)
        {
            return Page(request, staff, new StaffLeadPageModel(lead, await OpenAsync(lead.Id, cancellationToken), Errors: errors, ChosenCases: chosen), StatusCodes.Status400BadRequest);
        }
        await audit.RecordAsync(new AuditEntry(time.GetUtcNow(), staff.AuditName, AuditActions.LeadSplit, $"leads/{lead.Id}",
            $"{string.Join(",", done.Split.CaseNumbers)} into {done.Split.Id}"), cancellationToken);
        return StaffRedirect.SeeOther(request, $"{LeadTexts.Path(lead.Id)}?done=split&new={Uri.EscapeDataString(done.Split.Id)}", StaffLayout.LanguageOf(request));
    }

    private IResult Page(HttpRequest request, StaffMember staff, StaffLeadPageModel model, int status = StatusCodes.Status200OK)
    {
        var (title, body) = new StaffLeadPage(forms, StaffLayout.LanguageOf(request)).Render(model, staff);
        return layout.Page(request, staff, title, body, status);
    }

    private async Task<SellerLead?> FindAsync(string id, CancellationToken cancellationToken) =>
        IsLeadId(id) ? await leads.GetAsync(id, cancellationToken) : null;

    private async Task<IReadOnlyList<SellerLead>> OpenAsync(string? except, CancellationToken cancellationToken)
    {
        var list = new List<SellerLead>();
        await foreach (var lead in leads.ListAsync(cancellationToken))
        {
            if (lead.Id != except)
            {
                list.Add(lead);
            }
        }
        return list;
    }

    /// <summary>What the form that sent the browser here did; only lead ids (checked) come from the address.</summary>
    private static string? DoneMessage(HttpRequest request, string language)
    {
        var en = language == Domain.Localization.Language.English;
        string LeadLink(string leadId) => $"<a href=\"{Html.Attr(StaffLayout.Link(LeadTexts.Path(leadId), language))}\">{Html.Encode(leadId)}</a>";
        return request.Query["done"].ToString() switch
        {
            "merged" when IsLeadId(request.Query["from"]) => en
                ? $"Lead {LeadLink(request.Query["from"]!)} was merged into this one."
                : $"已將線索 {LeadLink(request.Query["from"]!)} 合併至此。",
            "split" when IsLeadId(request.Query["new"]) => en
                ? $"The cases were split off into the new lead {LeadLink(request.Query["new"]!)}."
                : $"已將案件分出為新線索 {LeadLink(request.Query["new"]!)}。",
            _ => null,
        };
    }

    /// <summary>Lead ids are short lower-case hex (SellerLeadService.IdOf); anything else is no lead, and never reaches storage.</summary>
    private static bool IsLeadId(string? id) => id is { Length: > 0 and <= 64 } && id.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    private IResult NotFound(HttpRequest request, StaffMember staff)
    {
        var en = StaffLayout.LanguageOf(request) == Domain.Localization.Language.English;
        var title = en ? "No such seller lead" : "找不到這條賣家線索";
        var body = $"<h1>{title}</h1>\n<p><a href=\"{Html.Attr(StaffLayout.Link("/staff/leads", StaffLayout.LanguageOf(request)))}\">{(en ? "See all seller leads" : "檢視所有賣家線索")}</a></p>\n";
        return layout.Page(request, staff, title, body, StatusCodes.Status404NotFound);
    }
}
