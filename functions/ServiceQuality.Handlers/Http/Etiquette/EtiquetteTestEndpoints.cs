using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using ServiceQuality.Domain.Etiquette;
using ServiceQuality.Domain.Idempotency;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.Time;
using ServiceQuality.Domain.Validation;
using ServiceQuality.Handlers.Http.Requests;
using ServiceQuality.Handlers.Staff;

namespace ServiceQuality.Handlers.Http.Etiquette;

/// <summary>
/// POST and GET api/etiquette-tests: testers log a phone-etiquette test as JSON (the tester is the signed-in person,
/// whatever "tester" the body names), and testers and managers list the tests.
/// </summary>
public sealed class EtiquetteTestEndpoints(EtiquetteTestService service, EtiquetteRubric rubric, AgencyOrganisation organisation, StaffGate gate, TimeProvider time)
{
    public const string ReplayedHeader = "Idempotent-Replayed";

    /// <summary>Who reads the tests, their coverage and figures.</summary>
    public static readonly string[] Readers = [StaffRoles.EtiquetteTester, StaffRoles.Manager];

    public async Task<IResult> PostAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!gate.TryApi(request, out var staff, out var refusal, StaffRoles.EtiquetteTester))
        {
            return refusal;
        }
        var (body, problem) = await JsonBody.ReadObjectAsync(request, cancellationToken);
        if (body is not { } json)
        {
            return problem!;
        }
        var language = ApiLanguage.Of(request);
        var (bound, errors) = EtiquetteTestRequest.Bind(json);
        if (bound is null)
        {
            return Problems.Invalid(errors, language);
        }
        var submission = bound with { Tester = staff.Name };
        var key = request.Headers.TryGetValue(IdempotencyKey.HeaderName, out var header) ? header.ToString() : null;

        switch (await service.RecordAsync(submission, staff.AuditName, key, cancellationToken))
        {
            case EtiquetteOutcome.Recorded recorded:
                if (recorded.Replayed)
                {
                    request.HttpContext.Response.Headers[ReplayedHeader] = "true";
                }
                return TypedResults.Created((string?)null, EtiquetteTestDto.From(recorded.Test, rubric));
            case EtiquetteOutcome.Invalid invalid:
                return Problems.Invalid(invalid.Errors, language);
            case EtiquetteOutcome.KeyReused reused:
                return Problems.Unprocessable(
                    "The idempotency key was used for a different test.",
                    $"The key '{reused.Key}' already stored another test; send a new key for a new test.");
            default:
                throw new InvalidOperationException("Unexpected outcome of recording a phone-etiquette test.");
        }
    }

    /// <summary>?year= (this Taipei year by default), ?month= (1–12, or the whole year), ?unit=.</summary>
    public async Task<IResult> ListAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!gate.TryApi(request, out _, out var refusal, Readers))
        {
            return refusal;
        }
        var errors = new ValidationErrors();
        var year = EtiquetteQuery.Year(request.Query, TaipeiTime.DateOf(time.GetUtcNow()).Year, errors);
        var month = EtiquetteQuery.Month(request.Query, errors);
        var unit = request.Query["unit"].ToString().Trim();
        if (unit.Length > 0 && organisation.Find(unit) is null)
        {
            errors.Add("unit", "查無此單位。", "There is no unit with this id.");
        }
        if (!errors.IsEmpty)
        {
            return Problems.Invalid(errors, ApiLanguage.Of(request));
        }
        var list = new List<EtiquetteTestDto>();
        await foreach (var test in service.ListAsync(year!.Value, month, unit.Length == 0 ? null : unit, cancellationToken))
        {
            list.Add(EtiquetteTestDto.From(test, rubric));
        }
        return TypedResults.Ok<IReadOnlyList<EtiquetteTestDto>>(list);
    }
}
