using Microsoft.AspNetCore.Http;
using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Complaints;
using ServiceQuality.Domain.Email;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Handlers.Http.Requests;
using ServiceQuality.Handlers.Pages;
using ServiceQuality.Handlers.Security;
using ServiceQuality.Domain.Organisation;

namespace ServiceQuality.Handlers.Http.Complaints;

/// <summary>GET and POST complaints: the citizen's form; a filed complaint redirects to its signed status page.</summary>
public sealed class ComplaintFormEndpoint(ComplaintIntakeService intake, CaseStatusLinks links, FormGuard guard, AgencyOrganisation organisation)
{
    private const string HtmlType = "text/html; charset=utf-8";

    public IResult Get(HttpRequest request)
    {
        var channel = request.Query["channel"].ToString();
        var state = ComplaintFormPage.State.Fresh(CaseChannels.All.Contains(channel) ? channel : null);
        return TypedResults.Content(ComplaintFormPage.Render(organisation.AgencyName, Language.Normalise(request.Query["lang"]), state with { FormToken = guard.Issue(state.IdempotencyKey) }), HtmlType);
    }

    public async Task<IResult> PostAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (fields, problem) = await FormBody.ReadAsync(request, cancellationToken);
        if (fields is null)
        {
            return problem!;
        }
        var submission = ComplaintRequest.FromForm(fields);
        var language = Language.Normalise(submission.Language ?? request.Query["lang"]);
        var key = fields.GetValueOrDefault("idempotencyKey");
        switch (guard.Check(fields))
        {
            case FormVerdict.Bot:
                // Looks like success to the sender; nothing is stored.
                return TypedResults.Content(FormReceivedPage.Render(organisation.AgencyName, language, "/complaints"), HtmlType);
            case FormVerdict.Forged:
                return TypedResults.Content(FormRejectedPage.Render(organisation.AgencyName, language, lang => $"/complaints?lang={lang}"), HtmlType, statusCode: StatusCodes.Status400BadRequest);
        }

        switch (await intake.FileAsync(submission, string.IsNullOrEmpty(key) ? null : key, cancellationToken))
        {
            case ComplaintOutcome.Accepted accepted:
                request.HttpContext.Response.Headers.Location = links.StatusPathOf(accepted.Case.Number, language);
                return TypedResults.StatusCode(StatusCodes.Status303SeeOther);
            case ComplaintOutcome.Invalid invalid:
                var channel = submission.Channel;
                var state = new ComplaintFormPage.State(Guid.NewGuid().ToString("N"), CaseChannels.All.Contains(channel ?? "") ? channel : null, fields, invalid.Errors);
                return TypedResults.Content(ComplaintFormPage.Render(organisation.AgencyName, language, state with { FormToken = guard.Issue(state.IdempotencyKey) }), HtmlType, statusCode: StatusCodes.Status400BadRequest);
            default:
                return Problems.Unprocessable("The form was already sent with different content.", "Reload the form and send it again.");
        }
    }
}
