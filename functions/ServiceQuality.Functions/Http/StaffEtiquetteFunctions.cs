using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ServiceQuality.Handlers.Http;
using ServiceQuality.Handlers.Http.Staff.Etiquette;

namespace ServiceQuality.Functions.Http;

/// <summary>The etiquette tests and figures page for testers and managers.</summary>
public sealed class StaffEtiquetteFunctions(StaffEtiquetteEndpoint etiquette)
{
    [Function("StaffEtiquettePage")]
    public Task<IActionResult> Page([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.StaffEtiquette)] HttpRequest request, CancellationToken cancellationToken) => etiquette.GetAsync(request, cancellationToken).AsActionResult();
}
