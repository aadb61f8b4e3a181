using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ServiceQuality.Handlers.Http;
using ServiceQuality.Handlers.Http.Etiquette;

namespace ServiceQuality.Functions.Http;

public sealed class EtiquetteTestFunctions(EtiquetteTestEndpoints tests, EtiquetteReportEndpoints reports)
{
    [Function("PostEtiquetteTest")]
    public Task<IActionResult> Post([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.EtiquetteTests)] HttpRequest request, CancellationToken cancellationToken) => tests.PostAsync(request, cancellationToken).AsActionResult();

    [Function("ListEtiquetteTests")]
    public Task<IActionResult> List([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.EtiquetteTests)] HttpRequest request, CancellationToken cancellationToken) => tests.ListAsync(request, cancellationToken).AsActionResult();

    [Function("GetEtiquetteCoverage")]
    public Task<IActionResult> Coverage([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.EtiquetteCoverage)] HttpRequest request, CancellationToken cancellationToken) => reports.CoverageAsync(request, cancellationToken).AsActionResult();

    [Function("GetEtiquetteFigures")]
    public Task<IActionResult> Figures([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.EtiquetteFigures)] HttpRequest request, CancellationToken cancellationToken) => reports.FiguresAsync(request, cancellationToken).AsActionResult();
}
