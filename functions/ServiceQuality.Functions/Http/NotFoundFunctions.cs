using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ServiceQuality.Handlers.Http;

namespace ServiceQuality.Functions.Http;

public sealed class NotFoundFunctions(NotFoundEndpoint notFound)
{
    [Function("NotFound")]
    public IActionResult Any([HttpTrigger(AuthorizationLevel.Anonymous, Route = Routes.CatchAll)] HttpRequest request) => notFound.Handle().AsActionResult();
}
