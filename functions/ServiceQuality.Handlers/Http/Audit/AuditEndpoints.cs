using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using ServiceQuality.Domain.Audit;
using ServiceQuality.Domain.Time;
using ServiceQuality.Domain.Validation;
using ServiceQuality.Handlers.Staff;

namespace ServiceQuality.Handlers.Http.Audit;

/// <summary>GET api/audit?month=yyyy-MM: the staff actions of one Asia/Taipei month, newest first (admin and manager).</summary>
public sealed class AuditEndpoints(IAuditTrail audit, StaffGate gate, TimeProvider time)
{
    public async Task<IResult> ListAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!gate.TryApi(request, out var staff, out var refusal, StaffRoles.Admin, StaffRoles.Manager))
        {
            return refusal;
        }
        var now = time.GetUtcNow();
        var month = MonthKey.Of(now);
        var text = request.Query["month"].ToString();
        if (text.Length > 0 && !MonthKey.TryParse(text, out month))
        {
            return Problems.Invalid(new ValidationErrors().Add("month", "月份格式須為 yyyy-MM。", "The month must be yyyy-MM."), ApiLanguage.Of(request));
        }
        var list = new List<AuditEntryDto>();
        await foreach (var e in audit.ListMonthAsync(month, cancellationToken))
        {
            list.Add(new AuditEntryDto(e.At, e.Actor, e.Action, e.Resource, e.Detail));
        }
        // Reading the trail is itself an action worth a trace.
        await audit.RecordAsync(new AuditEntry(now, staff.AuditName, AuditActions.ReadAuditTrail, $"audit/{month}"), cancellationToken);
        return TypedResults.Ok<IReadOnlyList<AuditEntryDto>>(list);
    }
}
