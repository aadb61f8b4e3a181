using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ServiceQuality.Handlers.Http;
using ServiceQuality.Handlers.Http.Operations;

namespace ServiceQuality.Functions.Http;

public sealed class PoisonFunctions(PoisonEndpoints poison)
{
    [Function("ListPoisonMessages")]
    public Task<IActionResult> List([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.PoisonMessages)] HttpRequest request, CancellationToken cancellationToken) => poison.ListAsync(request, cancellationToken).AsActionResult();

    [Function("ReplayPoisonMessages")]
    public Task<IActionResult> Replay([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.PoisonReplay)] HttpRequest request, string queue, CancellationToken cancellationToken) => poison.ReplayAsync(request, queue, cancellationToken).AsActionResult();
}
