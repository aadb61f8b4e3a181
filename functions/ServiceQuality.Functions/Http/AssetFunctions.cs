using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ServiceQuality.Handlers.Http;

namespace ServiceQuality.Functions.Http;

public sealed class AssetFunctions(AssetsEndpoint assets)
{
    [Function("GetAsset")]
    public IActionResult Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.Asset)] HttpRequest request, string name) => assets.Get(request, name).AsActionResult();
}
