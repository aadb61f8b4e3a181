using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ServiceQuality.Handlers.Http;

namespace ServiceQuality.Functions.Http;

public sealed class LandingFunctions(LandingEndpoint landing)
{
    [Function("GetLandingPage")]
    public IActionResult Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.Home)] HttpRequest request) => landing.Get(request).AsActionResult();
}
