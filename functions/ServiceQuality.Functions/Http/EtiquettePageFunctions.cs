using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ServiceQuality.Handlers.Http;
using ServiceQuality.Handlers.Http.Etiquette;

namespace ServiceQuality.Functions.Http;

public sealed class EtiquettePageFunctions(EtiquetteTestFormEndpoint form)
{
    [Function("GetEtiquetteTestForm")]
    public IActionResult Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.EtiquetteTestForm)] HttpRequest request) => form.Get(request).AsActionResult();

    [Function("PostEtiquetteTestForm")]
    public Task<IActionResult> Post([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.EtiquetteTestForm)] HttpRequest request, CancellationToken cancellationToken) => form.PostAsync(request, cancellationToken).AsActionResult();

    [Function("GetEtiquetteTestRecorded")]
    public Task<IActionResult> Recorded([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.EtiquetteTestRecorded)] HttpRequest request, string month, string id, CancellationToken cancellationToken) => form.RecordedAsync(request, month, id, cancellationToken).AsActionResult();
}
