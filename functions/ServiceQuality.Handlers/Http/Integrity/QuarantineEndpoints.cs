using ServiceQuality.Domain.Organisation;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using ServiceQuality.Domain.Integrity;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Time;
using ServiceQuality.Domain.Validation;
using ServiceQuality.Handlers.Pages;
using ServiceQuality.Handlers.Pages.Staff;
using ServiceQuality.Handlers.Staff;

using ServiceQuality.Handlers.Http.Requests;

namespace ServiceQuality.Handlers.Http.Integrity;

/// <summary>
/// Managers and admins: GET api/quarantine[?month=yyyy-MM] lists the quarantined responses; POST
/// api/quarantine/{survey}/{month} releases or discards them; GET and POST quarantine are the same as a page.
/// Every decision is audited with the signed-in person.
/// </summary>
public sealed class QuarantineEndpoints(QuarantineService quarantine, SurveyCatalog catalog, StaffGate gate, StaffForms forms, StaffLayout layout)
{
    /// <summary>Who decides on quarantined responses and on publication.</summary>
    public static readonly string[] Roles = [StaffRoles.Manager, StaffRoles.Admin];

    public async Task<IResult> ListAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!gate.TryApi(request, out _, out var refusal, Roles))
        {
            return refusal;
        }
        if (Months(request) is not { } months)
        {
            return Problems.Invalid(MonthError(), ApiLanguage.Of(request));
        }
        return TypedResults.Ok((await HeldAsync(months, cancellationToken)).Select(QuarantinedResponseDto.From).ToList());
    }

    public async Task<IResult> DecideAsync(HttpRequest request, string surveyId, string month, CancellationToken cancellationToken)
    {
        if (!gate.TryApi(request, out var staff, out var refusal, Roles))
        {
            return refusal;
        }
        var (body, problem) = await JsonBody.ReadObjectAsync(request, cancellationToken);
        if (body is not { } json)
        {
            return problem!;
        }
        var errors = new ValidationErrors();
        var release = Decision(JsonBody.String(json, "decision"), errors);
        List<string>? ids = null;
        if (json.TryGetProperty("responseIds", out var list))
        {
            if (list.ValueKind != JsonValueKind.Array || list.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
            {
                errors.Add("responseIds", "回應代碼須為字串陣列。", "responseIds must be an array of strings.");
            }
            else
            {
                ids = list.EnumerateArray().Select(e => e.GetString()!).ToList();
            }
        }
        if (!MonthKey.TryParse(month, out var monthKey))
        {
            AddMonthError(errors);
        }
        if (!errors.IsEmpty)
        {
            return Problems.Invalid(errors, ApiLanguage.Of(request));
        }
        return await quarantine.DecideAsync(surveyId, monthKey, ids, release!.Value, staff.AuditName, cancellationToken) is { } decided
            ? TypedResults.Ok(new QuarantineDecisionDto(surveyId, monthKey.ToString(), release.Value ? "release" : "discard", decided))
            : Problems.NotFound("Unknown survey.", $"There is no survey '{surveyId}'.");
    }

    public async Task<IResult> PageAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!gate.TryPage(request, out var staff, out var refusal, Roles))
        {
            return refusal;
        }
        var language = StaffLayout.LanguageOf(request);
        var held = await HeldAsync(Months(request) ?? quarantine.ReviewMonths, cancellationToken);
        var notice = request.Query["decided"].ToString() is { Length: > 0 } decided
            ? (language == Language.English ? $"{decided} response(s) decided." : $"已處理 {decided} 份回應。")
            : null;
        var (title, body) = QuarantinePage.Render(catalog, held, language, notice, forms.HiddenField(staff));
        return layout.Page(request, staff, title, body);
    }

    public async Task<IResult> PostPageAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!gate.TryPage(request, out var staff, out var refusal, Roles))
        {
            return refusal;
        }
        var language = StaffLayout.LanguageOf(request);
        if (!RequestBody.HasContentType(request, RequestBody.Form))
        {
            return Problems.UnsupportedMediaType(RequestBody.Form);
        }
        if (await RequestBody.ReadAsync(request, cancellationToken) is not { } body)
        {
            return Problems.TooLarge(RequestBody.MaxBytes);
        }
        var fields = QueryHelpers.ParseQuery("?" + Encoding.UTF8.GetString(body.Span));
        if (!forms.IsValidToken(fields.GetValueOrDefault(StaffForms.TokenField).ToString(), staff))
        {
            return gate.InvalidFormPage(request, staff);
        }
        var errors = new ValidationErrors();
        var release = Decision(fields.GetValueOrDefault("decision").ToString(), errors);
        var ids = fields.GetValueOrDefault("all").ToString() == "true" ? null : fields.GetValueOrDefault("id").Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToList();
        if (!MonthKey.TryParse(fields.GetValueOrDefault("month").ToString(), out var month))
        {
            AddMonthError(errors);
        }
        if (ids is { Count: 0 })
        {
            errors.Add("id", "請選擇要處理的回應。", "Choose the responses to decide on.");
        }
        if (!errors.IsEmpty)
        {
            return Problems.Invalid(errors, language);
        }
        var decided = await quarantine.DecideAsync(fields.GetValueOrDefault("survey").ToString(), month, ids, release!.Value, staff.AuditName, cancellationToken);
        if (decided is null)
        {
            return Problems.NotFound("Unknown survey.", "There is no such survey.");
        }
        // Post/redirect/get: reloading the page does not send the decision again.
        request.HttpContext.Response.Headers.Location = $"/quarantine?lang={language}&decided={decided}";
        return TypedResults.StatusCode(StatusCodes.Status303SeeOther);
    }

    private async Task<List<SurveyResponse>> HeldAsync(IReadOnlyList<MonthKey> months, CancellationToken cancellationToken)
    {
        var held = new List<SurveyResponse>();
        foreach (var month in months)
        {
            held.AddRange(await quarantine.ListAsync(month, cancellationToken));
        }
        return held;
    }

    private IReadOnlyList<MonthKey>? Months(HttpRequest request)
    {
        var text = request.Query["month"].ToString();
        if (text.Length == 0)
        {
            return quarantine.ReviewMonths;
        }
        return MonthKey.TryParse(text, out var month) ? [month] : null;
    }

    private static ValidationErrors MonthError() => AddMonthError(new ValidationErrors());

    private static ValidationErrors AddMonthError(ValidationErrors errors) => errors.Add("month", "月份格式須為 yyyy-MM。", "The month must be yyyy-MM.");

    private static bool? Decision(string? text, ValidationErrors errors)
    {
        switch (text)
        {
            case "release":
                return true;
            case "discard":
                return false;
            default:
                errors.Add("decision", "處理方式須為 release（釋出）或 discard（捨棄）。", "The decision must be release or discard.");
                return null;
        }
    }
}

/// <summary>A quarantined response as staff see it; the client key is a keyed hash of the day, never an address.</summary>
public sealed record QuarantinedResponseDto(
    string Id, string SurveyId, string Month, DateTimeOffset SubmittedAt, string? UnitId, string? Channel, string? Source, string? ClientKey,
    IReadOnlyDictionary<string, string> Answers)
{
    public static QuarantinedResponseDto From(SurveyResponse r) =>
        new(r.Id, r.SurveyId, r.Month.ToString(), r.SubmittedAt, r.UnitId, r.Channel, r.Source, r.ClientKey, r.Answers);
}

public sealed record QuarantineDecisionDto(string SurveyId, string Month, string Decision, int Decided);
