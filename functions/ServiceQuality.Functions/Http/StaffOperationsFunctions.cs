using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ServiceQuality.Handlers.Http;
using ServiceQuality.Handlers.Http.Staff.Operations;

namespace ServiceQuality.Functions.Http;

/// <summary>The administrator's operations page: outbox, poison replay, recomputing figures, model versions.</summary>
public sealed class StaffOperationsFunctions(StaffOperationsEndpoints operations)
{
    [Function("StaffOperationsPage")]
    public Task<IActionResult> Page([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.StaffOperations)] HttpRequest request, CancellationToken cancellationToken) => operations.GetAsync(request, cancellationToken).AsActionResult();

    [Function("StaffReplayPoison")]
    public Task<IActionResult> Replay([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.StaffPoisonReplay)] HttpRequest request, string queue, CancellationToken cancellationToken) => operations.ReplayAsync(request, queue, cancellationToken).AsActionResult();

    [Function("StaffRecomputeRollups")]
    public Task<IActionResult> Recompute([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.StaffRollups)] HttpRequest request, CancellationToken cancellationToken) => operations.RecomputeAsync(request, cancellationToken).AsActionResult();
}
