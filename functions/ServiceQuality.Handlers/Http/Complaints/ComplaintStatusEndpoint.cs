using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Email;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Handlers.Http.Requests;
using ServiceQuality.Handlers.Pages;
using ServiceQuality.Domain.Organisation;

namespace ServiceQuality.Handlers.Http.Complaints;

/// <summary>
/// GET complaints/status?case=…&amp;token=…: a case's status for the holder of its signed link. POST complaints/confirm:
/// the citizen confirms, from the link e-mailed to them, that their address receives mail. A wrong or missing token
/// answers as an unknown case does, so a guessed number learns nothing.
/// </summary>
public sealed class ComplaintStatusEndpoint(ICaseStore cases, ICaseContactStore contacts, CaseStatusLinks links, IEmailRecipientStore recipients, TimeProvider time, AgencyOrganisation organisation)
{
    private const string HtmlType = "text/html; charset=utf-8";

    public async Task<IResult> GetAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var query = request.Query;
        var language = Language.Normalise(query["lang"]);
        return await ShowAsync(request, query["case"], query["token"], NullIfEmpty(query["confirm"]), language, cancellationToken);
    }

    public async Task<IResult> ConfirmAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (fields, problem) = await FormBody.ReadAsync(request, cancellationToken);
        if (fields is null)
        {
            return problem!;
        }
        var language = Language.Normalise(fields.GetValueOrDefault("lang"));
        var (found, email) = await FindAsync(fields.GetValueOrDefault("case"), fields.GetValueOrDefault("token"), fields.GetValueOrDefault("confirm"), cancellationToken);
        if (found is null || email is null)
        {
            return NotFound(request, language);
        }
        await recipients.ConfirmAsync(links.RecipientKey(email), time.GetUtcNow(), cancellationToken);
        // Back to the status page, which now says the address is confirmed; reloading it confirms nothing twice.
        request.HttpContext.Response.Headers.Location = $"{links.StatusPathOf(found.Number, language)}&confirm={Uri.EscapeDataString(fields["confirm"]!)}";
        return TypedResults.StatusCode(StatusCodes.Status303SeeOther);
    }

    private async Task<IResult> ShowAsync(HttpRequest request, string? caseText, string? token, string? confirm, string language, CancellationToken cancellationToken)
    {
        var (found, email) = await FindAsync(caseText, token, confirm, cancellationToken);
        if (found is null)
        {
            return NotFound(request, language);
        }
        var confirmation = email is null ? ComplaintStatusPage.Confirmation.None
            : await recipients.IsConfirmedAsync(links.RecipientKey(email), cancellationToken) ? ComplaintStatusPage.Confirmation.Confirmed
            : ComplaintStatusPage.Confirmation.Offered;
        var other = language == Language.English ? Language.TraditionalChinese : Language.English;
        var confirmQuery = confirm is null ? "" : $"&confirm={Uri.EscapeDataString(confirm)}";
        var fields = new Dictionary<string, string>
        {
            ["case"] = found.Number.ToString(),
            ["token"] = links.StatusToken(found.Number),
            ["confirm"] = confirm ?? "",
            ["lang"] = language,
        };
        return TypedResults.Content(
            ComplaintStatusPage.Render(organisation.AgencyName, found, language, confirmation, links.StatusPathOf(found.Number, other) + confirmQuery, fields), HtmlType);
    }

    /// <summary>The case when the status token is its own, and the contact address when the confirmation token is too.</summary>
    private async Task<(Case? Case, string? Email)> FindAsync(string? caseText, string? token, string? confirm, CancellationToken cancellationToken)
    {
        if (!CaseNumber.TryParse(caseText, out var number) || !links.IsStatusToken(number, token)
            || await cases.FindAsync(number, cancellationToken) is not { } found)
        {
            return (null, null);
        }
        if (confirm is null || await contacts.FindAsync(number, cancellationToken) is not { Email: { } email } || !links.IsConfirmationToken(number, email, confirm))
        {
            return (found.Case, null);
        }
        return (found.Case, email);
    }

    private ContentHttpResult NotFound(HttpRequest request, string language) =>
        TypedResults.Content(NotFoundPage.Render(organisation.AgencyName, language, request.Path), HtmlType, statusCode: StatusCodes.Status404NotFound);

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
