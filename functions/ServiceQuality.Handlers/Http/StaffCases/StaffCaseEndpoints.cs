using System.Globalization;
using Microsoft.AspNetCore.Http;
using ServiceQuality.Domain.Audit;
using ServiceQuality.Domain.Calendar;
using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Classification;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.Privacy;
using ServiceQuality.Domain.Time;
using ServiceQuality.Domain.Validation;
using ServiceQuality.Handlers.Pages;
using ServiceQuality.Handlers.Pages.Staff;
using ServiceQuality.Handlers.Pages.Staff.Cases;
using ServiceQuality.Handlers.Staff;

namespace ServiceQuality.Handlers.Http.StaffCases;

/// <summary>
/// The staff case inbox and case pages. Triage (and admin) see every unit's cases, a unit member only their unit's;
/// every post carries the staff form token, and every action is recorded under the signed-in person's name.
/// A post that succeeds redirects (303) back to the case page with a status message, so reloading never repeats it;
/// one that fails shows the page again with the errors and stores nothing.
/// </summary>
public sealed class StaffCaseEndpoints(
    StaffGate gate,
    StaffLayout layout,
    StaffForms forms,
    CaseInbox inbox,
    CaseTriageService triage,
    ICaseContactStore contacts,
    IAuditTrail audit,
    AgencyOrganisation organisation,
    CategoryMap categories,
    Labels labels,
    ReplyTemplates templates,
    WorkingDayCalendar calendar,
    PersonalDataMasker masker,
    TimeProvider time)
{
    /// <summary>Who may open the case pages; which cases they see is then decided by <see cref="StaffMember.CanActOnUnit"/>.</summary>
    public static readonly string[] Roles = [StaffRoles.Triage, StaffRoles.Unit, StaffRoles.Admin];

    public async Task<IResult> InboxAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!gate.TryPage(request, out var staff, out var refusal, Roles))
        {
            return refusal;
        }
        var language = StaffLayout.LanguageOf(request);
        var fields = request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString(), StringComparer.Ordinal);
        var errors = new ValidationErrors();
        var options = new CaseFilterOptions(organisation, categories, labels, TaipeiTime.DateOf(time.GetUtcNow()).Year, staff.RestrictedToUnit);
        var query = CaseInboxQuery.Parse(fields, options.CurrentYear, organisation.Units.Select(u => u.Id).ToList(), categories.All.Select(c => c.Id).ToList(), errors);
        var page = query is null ? null : await inbox.ReadAsync(query, staff.RestrictedToUnit, cancellationToken);
        var content = StaffInboxPage.Render(page, fields, errors, options, calendar, language);
        return layout.Page(request, staff, content.Title, content.Body, query is null ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }

    public async Task<IResult> CaseAsync(HttpRequest request, string caseNumber, CancellationToken cancellationToken)
    {
        if (!gate.TryPage(request, out var staff, out var refusal, Roles))
        {
            return refusal;
        }
        var (found, closed) = await OpenAsync(request, staff, caseNumber, cancellationToken);
        if (found is null)
        {
            return closed!;
        }
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        var errors = new ValidationErrors();
        if (request.Query["template"].ToString() is { Length: > 0 } templateId)
        {
            if (templates.Find(templateId) is { } template)
            {
                values["template"] = template.Id;
                values["reply"] = template.Render(found.Language, ReplyTemplateValues.For(found, organisation, found.Language));
            }
            else
            {
                errors.Add("template", "沒有這個回覆範本。", "There is no such reply template.");
            }
        }
        var done = request.Query["done"].ToString();
        return await PageAsync(request, staff, found, values, errors, done, contact: null, errors.IsEmpty ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest, cancellationToken);
    }

    /// <summary>
    /// A post to the case page: the form's action field says which (show the contact details, correct the category,
    /// reply, close). The anti-forgery token is checked before anything is read or stored.
    /// </summary>
    public async Task<IResult> PostAsync(HttpRequest request, string caseNumber, CancellationToken cancellationToken)
    {
        var post = await gate.TryPostAsync(request, cancellationToken, Roles);
        if (post.Refused)
        {
            return post.Refusal;
        }
        var (staff, form) = (post.Staff, post.Fields);
        var (found, closed) = await OpenAsync(request, staff, caseNumber, cancellationToken);
        if (found is null)
        {
            return closed!;
        }
        var action = form.GetValueOrDefault(CaseActions.Field) ?? "";
        return action switch
        {
            CaseActions.Contact => await ContactAsync(request, staff, found, cancellationToken),
            CaseActions.Category => await ActAsync(request, staff, found, form, action, AuditActions.CategoryChanged, cancellationToken,
                actor => triage.CorrectCategoryAsync(found.Number, form.GetValueOrDefault("category") ?? "", actor, cancellationToken),
                LocalizedText.Of("已結案的案件不能更正類別。", "A closed case cannot be re-categorised.")),
            CaseActions.Reply => await ActAsync(request, staff, found, form, action, AuditActions.Replied, cancellationToken,
                actor => triage.ReplyAsync(found.Number, form.GetValueOrDefault("reply") ?? "", actor, cancellationToken),
                LocalizedText.Of("已結案的案件不能再回覆。", "A closed case takes no more replies.")),
            CaseActions.Close => await ActAsync(request, staff, found, form, action, AuditActions.Closed, cancellationToken,
                actor => triage.CloseAsync(found.Number, actor, cancellationToken),
                LocalizedText.Of("請先回覆民眾再結案。", "Reply to the citizen before closing the case.")),
            _ => await PageAsync(request, staff, found, new Dictionary<string, string?>(),
                new ValidationErrors().Add(CaseActions.Field, "不明的操作。", $"The action must be one of: {string.Join(", ", CaseActions.All)}."),
                null, null, StatusCodes.Status400BadRequest, cancellationToken),
        };
    }

    /// <summary>Shows the contact details, once the reading is in the audit trail.</summary>
    private async Task<IResult> ContactAsync(HttpRequest request, StaffMember staff, Case found, CancellationToken cancellationToken)
    {
        var contact = await contacts.FindAsync(found.Number, cancellationToken);
        if (contact is not null)
        {
            // Recorded before the details are shown: no one reads personal data without a trace.
            await RecordAsync(staff, AuditActions.ViewedContacts, found.Number, cancellationToken);
        }
        // Personal data on the screen is not kept by the browser or any cache once the page is left.
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return await PageAsync(request, staff, found, new Dictionary<string, string?>(), new ValidationErrors(), null, contact, StatusCodes.Status200OK, cancellationToken);
    }

    private async Task<IResult> ActAsync(
        HttpRequest request, StaffMember staff, Case found, IReadOnlyDictionary<string, string?> form, string action, string auditAction, CancellationToken cancellationToken,
        Func<string, Task<TriageOutcome>> act, LocalizedText conflictMessage)
    {
        var language = StaffLayout.LanguageOf(request);
        var outcome = await act(staff.AuditName);
        var values = new Dictionary<string, string?>(StringComparer.Ordinal) { ["category"] = form.GetValueOrDefault("category") ?? "", ["reply"] = form.GetValueOrDefault("reply") ?? "" };
        switch (outcome)
        {
            case TriageOutcome.Done done:
                await RecordAsync(staff, auditAction, found.Number, cancellationToken);
                // A unit member who sends a case to another unit can no longer open it: back to their inbox instead.
                request.HttpContext.Response.Headers.Location = staff.CanActOnUnit(done.Case.UnitId)
                    ? $"{StaffCasePage.PathOf(found.Number, language)}&done={action}"
                    : StaffLayout.Link(StaffInboxPage.Path, language);
                return TypedResults.StatusCode(StatusCodes.Status303SeeOther);
            case TriageOutcome.Invalid bad:
                return await PageAsync(request, staff, found, values, bad.Errors, null, null, StatusCodes.Status400BadRequest, cancellationToken);
            case TriageOutcome.Conflict:
                var errors = new ValidationErrors().Add(action, conflictMessage[Language.TraditionalChinese], conflictMessage[Language.English]);
                var current = await triage.GetAsync(found.Number, cancellationToken) ?? found;
                return await PageAsync(request, staff, current, values, errors, null, null, StatusCodes.Status409Conflict, cancellationToken);
            default:
                return NotFound(request, staff, found.Number.ToString());
        }
    }

    /// <summary>The case, if it exists and this person may open it; otherwise the 404 or 403 page to answer with.</summary>
    private async Task<(Case? Case, IResult? Refusal)> OpenAsync(HttpRequest request, StaffMember staff, string caseNumber, CancellationToken cancellationToken)
    {
        if (!CaseNumber.TryParse(caseNumber, out var number) || await triage.GetAsync(number, cancellationToken) is not { } found)
        {
            return (null, NotFound(request, staff, caseNumber));
        }
        if (!staff.CanActOnUnit(found.UnitId))
        {
            var en = StaffLayout.LanguageOf(request) == Language.English;
            var title = en ? "This case is not your unit's" : "此案件不屬於您的單位";
            var body = $"<h1>{title}</h1>\n<p>{(en
                ? "You can open only the cases of your own unit. If the case should be yours, ask the triage staff to route it to your unit."
                : "您只能開啟所屬單位的案件。如本案應由貴單位處理，請洽分案人員改分派。")}</p>\n<p><a href=\"{Html.Attr(StaffLayout.Link(StaffInboxPage.Path, en ? Language.English : Language.TraditionalChinese))}\">{(en ? "Back to the case inbox" : "回到案件收件匣")}</a></p>\n";
            return (null, layout.Page(request, staff, title, body, StatusCodes.Status403Forbidden));
        }
        return (found, null);
    }

    private async Task<IResult> PageAsync(HttpRequest request, StaffMember staff, Case c, IReadOnlyDictionary<string, string?> values,
        ValidationErrors errors, string? done, CaseContact? contact, int statusCode, CancellationToken cancellationToken)
    {
        var hasContact = contact is not null || await contacts.FindAsync(c.Number, cancellationToken) is not null;
        // Cases filed before masking began hold unmasked text; what staff read on a page is always masked.
        var masked = c with { Subject = masker.MaskOrNull(c.Subject), Text = masker.Mask(c.Text), Reply = masker.MaskOrNull(c.Reply) };
        var model = new CasePageModel(masked, CaseDeadline.Of(c, time.GetUtcNow(), calendar), contact, hasContact, done, values, errors,
            [new(forms.FieldName, forms.TokenFor(staff))], organisation, categories, labels, templates);
        var content = StaffCasePage.Render(model, StaffLayout.LanguageOf(request));
        return layout.Page(request, staff, content.Title, content.Body, statusCode);
    }

    private IResult NotFound(HttpRequest request, StaffMember staff, string caseNumber)
    {
        var en = StaffLayout.LanguageOf(request) == Language.English;
        var title = en ? "No such case" : "查無此案件";
        var body = $"<h1>{title}</h1>\n<p>{Html.Encode(en ? $"There is no case \u201c{caseNumber}\u201d." : $"沒有案號「{caseNumber}」的案件。")}</p>\n<p><a href=\"{Html.Attr(StaffLayout.Link(StaffInboxPage.Path, en ? Language.English : Language.TraditionalChinese))}\">{(en ? "Back to the case inbox" : "回到案件收件匣")}</a></p>\n";
        return layout.Page(request, staff, title, body, StatusCodes.Status404NotFound);
    }

    private Task RecordAsync(StaffMember staff, string action, CaseNumber number, CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditEntry(time.GetUtcNow(), staff.AuditName, action, number.ToString(), null), cancellationToken);
}
