using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using ServiceQuality.Domain.Audit;
using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Time;
using ServiceQuality.Domain.Validation;
using ServiceQuality.Handlers.Http.Requests;
using ServiceQuality.Handlers.Staff;

namespace ServiceQuality.Handlers.Http.Cases;

/// <summary>
/// Staff triage: list and open cases, correct a category, record the reply, close. Triage and admin reach every
/// case; a unit user only its own unit's (another unit's case is 403, and the list holds only its unit).
/// </summary>
public sealed class CaseEndpoints(CaseTriageService triage, ICaseContactStore contacts, IAuditTrail audit, StaffGate gate, TimeProvider time)
{
    /// <summary>The roles that open the cases API.</summary>
    public static readonly string[] Roles = [StaffRoles.Triage, StaffRoles.Unit, StaffRoles.Admin];

    public async Task<IResult> ListAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!gate.TryApi(request, out var staff, out var refusal, Roles))
        {
            return refusal;
        }
        var query = request.Query;
        var errors = new ValidationErrors();
        var now = time.GetUtcNow();
        var year = TaipeiTime.DateOf(now).Year;
        if (query.TryGetValue("year", out var y) && (!int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out year) || year is < 2000 or > 9999))
        {
            errors.Add("year", "年度格式不正確。", "The year must be a four-digit year.");
        }
        var status = NullIfEmpty(query["status"]);
        if (status is not null && !CaseStatus.All.Contains(status))
        {
            errors.Add("status", "狀態不正確。", $"The status must be one of: {string.Join(", ", CaseStatus.All)}.");
        }
        bool? overdue = null;
        if (NullIfEmpty(query["overdue"]) is { } o)
        {
            overdue = o switch { "true" => true, "false" => false, _ => null };
            if (overdue is null)
            {
                errors.Add("overdue", "須為 true 或 false。", "Must be true or false.");
            }
        }
        if (!errors.IsEmpty)
        {
            return Problems.Invalid(errors, ApiLanguage.Of(request));
        }
        var unit = NullIfEmpty(query["unit"]);
        if (staff.RestrictedToUnit is { } own)
        {
            if (unit is not null && unit != own)
            {
                return StaffGate.Forbidden(Roles, "A unit user sees only its own unit's cases.");
            }
            unit = own;
        }
        var filter = new CaseFilter(year, status, unit, NullIfEmpty(query["category"]), overdue);
        await RecordAsync(staff, AuditActions.ExportedCases, $"cases/{year}", $"status={filter.Status}; unit={filter.UnitId}; category={filter.Category}; overdue={filter.Overdue}", cancellationToken);
        var list = new List<Case>();
        await foreach (var c in triage.ListAsync(filter, cancellationToken))
        {
            list.Add(c);
        }
        // The inbox's working order: needs review, overdue, due date, priority; closed cases last.
        return TypedResults.Ok<IReadOnlyList<CaseSummaryDto>>(CaseInboxOrder.Order(list, now).Select(c => CaseSummaryDto.From(c, now)).ToList());
    }

    public async Task<IResult> GetAsync(HttpRequest request, string caseNumber, CancellationToken cancellationToken)
    {
        if (!gate.TryApi(request, out var staff, out var refusal, Roles))
        {
            return refusal;
        }
        if (!CaseNumber.TryParse(caseNumber, out var number) || await triage.GetAsync(number, cancellationToken) is not { } found)
        {
            return NotFound(caseNumber);
        }
        if (!staff.CanActOnUnit(found.UnitId))
        {
            return OtherUnit();
        }
        var contact = await contacts.FindAsync(number, cancellationToken);
        if (contact is not null)
        {
            // Recorded before the details are shown: no one reads personal data without a trace.
            await RecordAsync(staff, AuditActions.ViewedContacts, number.ToString(), null, cancellationToken);
        }
        return TypedResults.Ok(CaseDetailDto.From(found, contact, time.GetUtcNow()));
    }

    public Task<IResult> CorrectCategoryAsync(HttpRequest request, string caseNumber, CancellationToken cancellationToken) =>
        ActAsync(request, caseNumber, AuditActions.CategoryChanged, cancellationToken, (number, body, actor) => triage.CorrectCategoryAsync(number, JsonBody.String(body, "category"), actor, cancellationToken));

    public Task<IResult> ReplyAsync(HttpRequest request, string caseNumber, CancellationToken cancellationToken) =>
        ActAsync(request, caseNumber, AuditActions.Replied, cancellationToken, (number, body, actor) => triage.ReplyAsync(number, JsonBody.String(body, "reply"), actor, cancellationToken));

    public Task<IResult> CloseAsync(HttpRequest request, string caseNumber, CancellationToken cancellationToken) =>
        ActAsync(request, caseNumber, AuditActions.Closed, cancellationToken, (number, _, actor) => triage.CloseAsync(number, actor, cancellationToken), bodyRequired: false);

    private async Task<IResult> ActAsync(
        HttpRequest request, string caseNumber, string auditAction, CancellationToken cancellationToken,
        Func<CaseNumber, System.Text.Json.JsonElement, string, Task<TriageOutcome>> action, bool bodyRequired = true)
    {
        if (!gate.TryApi(request, out var staff, out var refusal, Roles))
        {
            return refusal;
        }
        if (!CaseNumber.TryParse(caseNumber, out var number) || await triage.GetAsync(number, cancellationToken) is not { } found)
        {
            return NotFound(caseNumber);
        }
        if (!staff.CanActOnUnit(found.UnitId))
        {
            return OtherUnit();
        }
        var body = default(System.Text.Json.JsonElement);
        if (bodyRequired)
        {
            var (parsed, problem) = await JsonBody.ReadObjectAsync(request, cancellationToken);
            if (problem is not null)
            {
                return problem;
            }
            body = parsed!.Value;
        }
        var outcome = await action(number, body, staff.AuditName);
        if (outcome is TriageOutcome.Done)
        {
            await RecordAsync(staff, auditAction, number.ToString(), null, cancellationToken);
        }
        return outcome switch
        {
            TriageOutcome.Done done => TypedResults.Ok(CaseDetailDto.From(done.Case, await contacts.FindAsync(number, cancellationToken), time.GetUtcNow())),
            TriageOutcome.Invalid invalid => Problems.Invalid(invalid.Errors, ApiLanguage.Of(request)),
            TriageOutcome.Conflict conflict => Problems.Conflict("The case cannot take this action now.", conflict.Reason),
            _ => NotFound(caseNumber),
        };
    }

    private Task RecordAsync(StaffMember staff, string action, string resource, string? detail, CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditEntry(time.GetUtcNow(), staff.AuditName, action, resource, detail), cancellationToken);

    private static IResult OtherUnit() => StaffGate.Forbidden(Roles, "The case belongs to another unit.");

    private static ProblemHttpResult NotFound(string caseNumber) => Problems.NotFound("Unknown case.", $"There is no case '{caseNumber}'.");

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
