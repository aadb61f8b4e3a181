using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using ServiceQuality.Handlers.Staff;
using ServiceQuality.Storage.Operations;

namespace ServiceQuality.Handlers.Http.Operations;

/// <summary>Admin view of failed queue messages, and replay once the cause is fixed.</summary>
public sealed class PoisonEndpoints(PoisonQueues poison, StaffGate gate)
{
    public sealed record ReplayedDto(string Queue, int Replayed);

    public async Task<IResult> ListAsync(HttpRequest request, CancellationToken cancellationToken) =>
        gate.TryApi(request, out _, out var refusal, StaffRoles.Admin)
            ? TypedResults.Ok(await poison.ListAsync(cancellationToken))
            : refusal;

    public async Task<IResult> ReplayAsync(HttpRequest request, string queue, CancellationToken cancellationToken)
    {
        if (!gate.TryApi(request, out _, out var refusal, StaffRoles.Admin))
        {
            return refusal;
        }
        return PoisonQueues.IsKnown(queue)
            ? TypedResults.Ok(new ReplayedDto(queue, await poison.ReplayAsync(queue, cancellationToken)))
            : Problems.NotFound("Unknown queue.", $"There is no queue '{queue}'.");
    }
}
