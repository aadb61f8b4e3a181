using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ServiceQuality.Domain.Integrity;

using ServiceQuality.Handlers.Http.Requests;
using ServiceQuality.Handlers.Staff;

namespace ServiceQuality.Handlers.Http.Integrity;

/// <summary>
/// POST api/survey-publication/{id} (managers and admins): whether the survey's open responses are published, with the reason,
/// which the audit trail records. The rollup applies it when it next computes the survey's months.
/// </summary>
public sealed class PublicationEndpoints(PublicationService publication, StaffGate gate)
{
    public async Task<IResult> SetAsync(HttpRequest request, string id, CancellationToken cancellationToken)
    {
        if (!gate.TryApi(request, out var staff, out var refusal, QuarantineEndpoints.Roles))
        {
            return refusal;
        }
        var (body, problem) = await JsonBody.ReadObjectAsync(request, cancellationToken);
        if (body is not { } json)
        {
            return problem!;
        }
        bool? publishOpen = json.TryGetProperty("publishOpen", out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : null;
        return await publication.SetAsync(id, publishOpen, JsonBody.String(json, "reason"), staff.AuditName, cancellationToken) switch
        {
            null => Problems.NotFound("Unknown survey.", $"There is no survey '{id}'."),
            ({ } saved, _) => TypedResults.Ok(saved),
            (_, var errors) => Problems.Invalid(errors, ApiLanguage.Of(request)),
        };
    }
}
