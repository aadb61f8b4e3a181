using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using ServiceQuality.Domain.Etiquette;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.Time;
using ServiceQuality.Handlers.Http.Requests;
using ServiceQuality.Handlers.Pages;

namespace ServiceQuality.Handlers.Http.Etiquette;

/// <summary>
/// GET and POST etiquette-tests/new: the staff form. A post that fails validation shows the form again with the
/// values kept and every error named; a post that succeeds redirects to the confirmation page, so reloading it
/// never logs the test twice.
/// </summary>
public sealed class EtiquetteTestFormEndpoint(
    EtiquetteTestService service, EtiquetteRubric rubric, AgencyOrganisation organisation, TimeProvider time)
{
    private const string HtmlType = "text/html; charset=utf-8";

    public IResult Get(HttpRequest request)
    {
        var language = Language.Normalise(request.Query["lang"]);
        var state = EtiquetteTestFormState.Fresh(time.GetUtcNow(), SignedInName(request), CodeOf(request));
        return TypedResults.Content(EtiquetteTestFormPage.Render(rubric, organisation, language, state), HtmlType);
    }

    public async Task<IResult> PostAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (fields, problem) = await FormBody.ReadAsync(request, cancellationToken);
        if (fields is null)
        {
            return problem!;
        }
        var submission = EtiquetteTestRequest.FromForm(fields);
        var language = Language.Normalise(fields.GetValueOrDefault("lang") ?? request.Query["lang"]);
        var key = fields.GetValueOrDefault("idempotencyKey");
        var code = CodeOf(request);

        switch (await service.RecordAsync(submission, StaffActor.Of(request), string.IsNullOrEmpty(key) ? null : key, cancellationToken))
        {
            case EtiquetteOutcome.Recorded recorded:
                request.HttpContext.Response.Headers.Location = EtiquettePaths.Recorded(recorded.Test, language, code);
                return TypedResults.StatusCode(StatusCodes.Status303SeeOther);
            case EtiquetteOutcome.Invalid invalid:
                // A form sent back with errors gets a fresh key: the corrected test is a new request.
                var state = new EtiquetteTestFormState(Guid.NewGuid().ToString("N"), code, fields, invalid.Errors);
                return TypedResults.Content(
                    EtiquetteTestFormPage.Render(rubric, organisation, language, state), HtmlType, statusCode: StatusCodes.Status400BadRequest);
            default:
                return Problems.Unprocessable("The form was already sent with different content.", "Reload the form and log the test again.");
        }
    }

    /// <summary>GET etiquette-tests/{month}/{id}: the confirmation of a logged test.</summary>
    public async Task<IResult> RecordedAsync(HttpRequest request, string month, string id, CancellationToken cancellationToken)
    {
        var language = Language.Normalise(request.Query["lang"]);
        if (!MonthKey.TryParse(month, out var key) || await service.FindAsync(key, id, cancellationToken) is not { } test)
        {
            return NotFound(language, request.Path);
        }
        return TypedResults.Content(EtiquetteTestRecordedPage.Render(test, rubric, organisation, language, CodeOf(request)), HtmlType);
    }

    private static string? CodeOf(HttpRequest request) => request.Query.TryGetValue("code", out var code) && !string.IsNullOrEmpty(code) ? code.ToString() : null;

    private static string? SignedInName(HttpRequest request) =>
        request.Headers.TryGetValue(StaffActor.PrincipalNameHeader, out var name) && !string.IsNullOrWhiteSpace(name) ? name.ToString() : null;

    private ContentHttpResult NotFound(string language, string path) =>
        TypedResults.Content(NotFoundPage.Render(organisation.AgencyName, language, path), HtmlType, statusCode: StatusCodes.Status404NotFound);
}
