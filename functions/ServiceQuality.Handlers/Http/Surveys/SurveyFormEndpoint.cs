using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Handlers.Pages;

namespace ServiceQuality.Handlers.Http.Surveys;

/// <summary>
/// GET and POST surveys/{id}: the citizen's HTML form. A post that fails validation shows the form again
/// with the answers kept and every error named; a post that succeeds redirects to the thank-you page,
/// so reloading that page never sends the answers twice.
/// </summary>
public sealed class SurveyFormEndpoint(SurveyCatalog catalog, AgencyOrganisation organisation, SurveyResponseService service)
{
    private const string HtmlType = "text/html; charset=utf-8";

    public IResult Get(HttpRequest request, string id)
    {
        var language = Language.Normalise(request.Query["lang"]);
        if (catalog.Find(id) is not { } survey)
        {
            return NotFound(language, request.Path);
        }
        var channel = request.Query["channel"].ToString();
        var state = SurveyFormState.Fresh(survey.Channels.Contains(channel) ? channel : null);
        return TypedResults.Content(SurveyFormPage.Render(survey, organisation, language, state), HtmlType);
    }

    public async Task<IResult> PostAsync(HttpRequest request, string id, CancellationToken cancellationToken)
    {
        var language = Language.Normalise(request.Query["lang"]);
        if (catalog.Find(id) is not { } survey)
        {
            return NotFound(language, request.Path);
        }
        if (!RequestBody.HasContentType(request, RequestBody.Form))
        {
            return Problems.UnsupportedMediaType(RequestBody.Form);
        }
        if (await RequestBody.ReadAsync(request, cancellationToken) is not { } body)
        {
            return Problems.TooLarge(RequestBody.MaxBytes);
        }
        var fields = QueryHelpers.ParseQuery("?" + Encoding.UTF8.GetString(body.Span))
            .ToDictionary(f => f.Key, f => f.Value.LastOrDefault());
        var submission = SurveySubmissionParser.FromForm(fields);
        language = Language.Normalise(submission.Language ?? language);
        var key = fields.GetValueOrDefault("idempotencyKey");

        var outcome = await service.SubmitAsync(id, submission, string.IsNullOrEmpty(key) ? null : key, cancellationToken);
        switch (outcome)
        {
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
                    invalid.Errors);
                return TypedResults.Content(SurveyFormPage.Render(survey, organisation, language, state), HtmlType, statusCode: StatusCodes.Status400BadRequest);
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
        return TypedResults.Content(ThankYouPage.Render(survey, language, survey.Channels.Contains(channel) ? channel : null), HtmlType);
    }

    private static ContentHttpResult NotFound(string language, string path) =>
        TypedResults.Content(NotFoundPage.Render(language, path), HtmlType, statusCode: StatusCodes.Status404NotFound);
}
