using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ServiceQuality.Handlers.Http;
using ServiceQuality.Handlers.Http.Email;

namespace ServiceQuality.Functions.Http;

public sealed class OutboxFunctions(OutboxEndpoints outbox)
{
    [Function("ListOutbox")]
    public Task<IActionResult> List([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.Outbox)] HttpRequest request, CancellationToken cancellationToken) => outbox.ListAsync(request, cancellationToken).AsActionResult();

    [Function("GetOutboxPage")]
    public Task<IActionResult> Page([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.OutboxPage)] HttpRequest request, CancellationToken cancellationToken) => outbox.PageAsync(request, cancellationToken).AsActionResult();
}
