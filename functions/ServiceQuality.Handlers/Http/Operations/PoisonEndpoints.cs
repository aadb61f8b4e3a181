using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using ServiceQuality.Storage.Operations;

namespace ServiceQuality.Handlers.Http.Operations;

/// <summary>Staff view of failed queue messages, and replay once the cause is fixed.</summary>
public sealed class PoisonEndpoints(PoisonQueues poison)
{
    public sealed record ReplayedDto(string Queue, int Replayed);

    public async Task<Ok<IReadOnlyList<PoisonMessage>>> ListAsync(CancellationToken cancellationToken) =>
        TypedResults.Ok(await poison.ListAsync(cancellationToken));

    public async Task<Results<Ok<ReplayedDto>, ProblemHttpResult>> ReplayAsync(string queue, CancellationToken cancellationToken) =>
        PoisonQueues.IsKnown(queue)
            ? TypedResults.Ok(new ReplayedDto(queue, await poison.ReplayAsync(queue, cancellationToken)))
            : Problems.NotFound("Unknown queue.", $"There is no queue '{queue}'.");
}
