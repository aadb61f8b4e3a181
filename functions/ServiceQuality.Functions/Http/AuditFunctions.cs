using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ServiceQuality.Handlers.Http;
using ServiceQuality.Handlers.Http.Audit;

namespace ServiceQuality.Functions.Http;

public sealed class AuditFunctions(AuditEndpoints audit)
{
    [Function("ListAuditTrail")]
    public Task<IActionResult> List([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.AuditTrail)] HttpRequest request, CancellationToken cancellationToken) => audit.ListAsync(request, cancellationToken).AsActionResult();
}
