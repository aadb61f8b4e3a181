using Microsoft.AspNetCore.Http;
using ServiceQuality.Domain.Etiquette;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.Time;
using ServiceQuality.Handlers.Pages;
using ServiceQuality.Handlers.Pages.Staff;
using ServiceQuality.Handlers.Staff;

namespace ServiceQuality.Handlers.Http.Etiquette;

/// <summary>
/// GET and POST etiquette-tests/new (etiquette tester): the staff form. The tester is the signed-in person. A post
/// that fails validation shows the form again with the values kept and every error named; a post that succeeds
/// redirects to the confirmation page, so reloading it never logs the test twice.
/// </summary>
public sealed class EtiquetteTestFormEndpoint(
    EtiquetteTestService service, EtiquetteRubric rubric, AgencyOrganisation organisation, StaffGate gate, StaffForms forms, StaffLayout layout, TimeProvider time)
{
    /// <summary>Who logs tests; managers may read a recorded test too.</summary>
    public static readonly string[] Testers = [StaffRoles.EtiquetteTester];

    public IResult Get(HttpRequest request)
    {
        if (!gate.TryPage(request, out var staff, out var refusal, Testers))
        {
            return refusal;
        }
        var (title, body) = EtiquetteTestFormPage.Render(rubric, organisation, StaffLayout.LanguageOf(request),
            EtiquetteTestFormState.Fresh(time.GetUtcNow()), staff.Name, forms.HiddenField(staff));
        return layout.Page(request, staff, title, body);
    }

    public async Task<IResult> PostAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!gate.TryPage(request, out var staff, out var refusal, Testers))
        {
            return refusal;
        }
        var (fields, problem) = await gate.ReadFormAsync(request, staff, cancellationToken);
        if (fields is null)
        {
            return problem!;
        }
        var submission = EtiquetteTestRequest.FromForm(fields) with { Tester = staff.Name };
        var language = Language(fields.GetValueOrDefault("lang") ?? request.Query["lang"]);
        var key = fields.GetValueOrDefault("idempotencyKey");

        switch (await service.RecordAsync(submission, staff.AuditName, string.IsNullOrEmpty(key) ? null : key, cancellationToken))
        {
            case EtiquetteOutcome.Recorded recorded:
                request.HttpContext.Response.Headers.Location = EtiquettePaths.Recorded(recorded.Test, language);
                return TypedResults.StatusCode(StatusCodes.Status303SeeOther);
            case EtiquetteOutcome.Invalid invalid:
                // A form sent back with errors gets a fresh key: the corrected test is a new request.
                var state = new EtiquetteTestFormState(Guid.NewGuid().ToString("N"), fields, invalid.Errors);
                var (title, body) = EtiquetteTestFormPage.Render(rubric, organisation, language, state, staff.Name, forms.HiddenField(staff));
                return layout.Page(request, staff, title, body, StatusCodes.Status400BadRequest);
            default:
                return Problems.Unprocessable("The form was already sent with different content.", "Reload the form and log the test again.");
        }
    }

    /// <summary>GET etiquette-tests/{month}/{id}: the confirmation of a logged test (testers and managers).</summary>
    public async Task<IResult> RecordedAsync(HttpRequest request, string month, string id, CancellationToken cancellationToken)
    {
        if (!gate.TryPage(request, out var staff, out var refusal, StaffRoles.EtiquetteTester, StaffRoles.Manager))
        {
            return refusal;
        }
        var language = StaffLayout.LanguageOf(request);
        if (!MonthKey.TryParse(month, out var key) || await service.FindAsync(key, id, cancellationToken) is not { } test)
        {
            return TypedResults.Content(NotFoundPage.Render(organisation.AgencyName, language, request.Path), StaffLayout.HtmlType, statusCode: StatusCodes.Status404NotFound);
        }
        var (title, body) = EtiquetteTestRecordedPage.Render(test, rubric, organisation, language);
        return layout.Page(request, staff, title, body);
    }

    private static string Language(string? value) => Domain.Localization.Language.Normalise(value);
}
