using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging;
using ServiceQuality.Domain.Invitations;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.ResponseRates;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Handlers.Http.Requests;
using ServiceQuality.Handlers.Pages;
using ServiceQuality.Handlers.Security;

namespace ServiceQuality.Handlers.Http.Surveys;

/// <summary>
/// GET and POST surveys/{id}: the citizen's HTML form. A post that fails validation shows the form again
/// with the answers kept and every error named; a post that succeeds redirects to the thank-you page,
/// so reloading that page never sends the answers twice.
/// </summary>
public sealed class SurveyFormEndpoint(
    SurveyCatalog catalog, AgencyOrganisation organisation, InvitedResponseService service, SurveyResponseService responses, ResponseRateService rates, ILogger<SurveyFormEndpoint> logger,
    FormGuard guard, OpenResponseGate gate, FormViews views)
{
    private const string HtmlType = "text/html; charset=utf-8";

    public async Task<IResult> GetAsync(HttpRequest request, string id, CancellationToken cancellationToken)
    {
        var language = Language.Normalise(request.Query["lang"]);
        if (catalog.Find(id) is not { } survey)
        {
            return NotFound(language, request.Path);
        }
        var channel = request.Query["channel"].ToString();
        var state = SurveyFormState.Fresh(survey.Channels.Contains(channel) ? channel : null);
        var token = request.Query["token"].ToString();
        if (InvitationSurveys.IsInvitationOnly(survey.Id) || token.Length > 0)
        {
            // An invitation opens its form until it is used or expires; the form carries it in a hidden field.
            if ((await service.CheckAsync(survey.Id, token, cancellationToken)).Problem is { } problem)
            {
                return Refused(survey, language, problem, token);
            }
            state = state with { Token = token };
        }
        else if (!HttpMethods.IsHead(request.Method))
        {
            // A HEAD (link checkers, previews) shows no form to a citizen, so it is not a view.
            await CountViewAsync(survey, request, cancellationToken);
        }
        return TypedResults.Content(SurveyFormPage.Render(survey, organisation, language, state with { FormToken = guard.Issue(state.IdempotencyKey) }), HtmlType);
    }

    public async Task<IResult> PostAsync(HttpRequest request, string id, CancellationToken cancellationToken)
    {
        var language = Language.Normalise(request.Query["lang"]);
        if (catalog.Find(id) is not { } survey)
        {
            return NotFound(language, request.Path);
        }
        var (fields, problem) = await FormBody.ReadAsync(request, cancellationToken);
        if (fields is null)
        {
            return problem!;
        }
        var (submission, token) = SurveyResponseRequest.FromForm(fields);
        language = Language.Normalise(submission.Language ?? language);
        var key = fields.GetValueOrDefault("idempotencyKey");

        switch (guard.Check(fields))
        {
            case FormVerdict.Bot:
                // Looks exactly like success to the sender; nothing is stored.
                request.HttpContext.Response.Headers.Location = $"/surveys/{survey.Id}/thanks?lang={language}";
                return TypedResults.StatusCode(StatusCodes.Status303SeeOther);
            case FormVerdict.Forged:
                return TypedResults.Content(FormRejectedPage.Render(organisation.AgencyName, language, lang => SurveyPaths.Form(survey.Id, lang, submission.Channel, token)), HtmlType, statusCode: StatusCodes.Status400BadRequest);
        }

        var origin = ResponseOrigin.Form;
        var normalisedKey = string.IsNullOrEmpty(key) ? null : key;
        SubmitOutcome? unstorable = null;
        if (string.IsNullOrEmpty(token) && !InvitationSurveys.IsInvitationOnly(survey.Id)
            && (unstorable = responses.Check(id, submission, normalisedKey)) is null)
        {
            var admission = await gate.AdmitAsync(request.HttpContext, ResponseSources.Form, fields.GetValueOrDefault(KioskTokens.FieldName), cancellationToken);
            if (!admission.Admitted)
            {
                if (admission.RetryAfter is { } wait)
                {
                    request.HttpContext.Response.Headers.RetryAfter = ((int)Math.Max(1, Math.Ceiling(wait.TotalSeconds))).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                return TypedResults.Content(ResponseLimitPage.Render(organisation.AgencyName, language, $"/surveys/{survey.Id}", admission.KioskRefused), HtmlType,
                    statusCode: admission.KioskRefused ? StatusCodes.Status403Forbidden : StatusCodes.Status429TooManyRequests);
            }
            origin = admission.Origin!;
        }
        var outcome = unstorable ?? await service.SubmitAsync(id, submission, token, normalisedKey, origin, cancellationToken);
        switch (outcome)
        {
            case InvitationRefused refused:
                return Refused(survey, language, refused.Problem, token);
            case SubmitOutcome.Accepted:
                var thanks = $"/surveys/{survey.Id}/thanks?lang={language}"
                    + (submission.Channel is null ? "" : $"&channel={Uri.EscapeDataString(submission.Channel)}");
                request.HttpContext.Response.Headers.Location = thanks;
                return TypedResults.StatusCode(StatusCodes.Status303SeeOther);
            case SubmitOutcome.Invalid invalid:
                var state = new SurveyFormState(
                    // A form sent back with errors gets a fresh key: the corrected answers are a new request.
                    Guid.NewGuid().ToString("N"),
                    survey.Channels.Contains(submission.Channel ?? "") ? submission.Channel : null,
                    submission.UnitId,
                    submission.Answers.Where(a => a.Value.Raw is not null).ToDictionary(a => a.Key, a => a.Value.Raw!),
                    invalid.Errors,
                    token);
                return TypedResults.Content(SurveyFormPage.Render(survey, organisation, language, state with { FormToken = guard.Issue(state.IdempotencyKey) }), HtmlType, statusCode: StatusCodes.Status400BadRequest);
            default:
                return Problems.Unprocessable("The form was already sent with different answers.", "Reload the survey and answer again.");
        }
    }

    public IResult Thanks(HttpRequest request, string id)
    {
        var language = Language.Normalise(request.Query["lang"]);
        if (catalog.Find(id) is not { } survey)
        {
            return NotFound(language, request.Path);
        }
        var channel = request.Query["channel"].ToString();
        return TypedResults.Content(ThankYouPage.Render(organisation.AgencyName, survey, language, survey.Channels.Contains(channel) ? channel : null), HtmlType);
    }

    // The response rate of untokened forms needs the views; a citizen must still get the form when counting fails.
    // A visitor is counted once a day (FormViews), so reloading the form does not move the rate.
    private async Task CountViewAsync(SurveyDefinition survey, HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            if (views.IsFirstToday(request.HttpContext, survey.Id))
            {
                await rates.RecordFormViewAsync(survey, request.Query["unit"].ToString(), request.Query["channel"].ToString(), cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "The view of survey form {SurveyId} was not counted.", survey.Id);
        }
    }

    private ContentHttpResult Refused(SurveyDefinition survey, string language, InvitationProblem problem, string? token) =>
        TypedResults.Content(InvitationPage.Render(organisation.AgencyName, survey, language, problem, token), HtmlType, statusCode: InvitationResults.StatusOf(problem));

    private ContentHttpResult NotFound(string language, string path) =>
        TypedResults.Content(NotFoundPage.Render(organisation.AgencyName, language, path), HtmlType, statusCode: StatusCodes.Status404NotFound);
}
