using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ServiceQuality.Handlers.Http;
using ServiceQuality.Handlers.Http.Reports;

namespace ServiceQuality.Functions.Http;

public sealed class RollupFunctions(RollupEndpoints rollups)
{
    [Function("RecomputeYearRollups")]
    public Task<IActionResult> Year([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.RollupsYear)] HttpRequest request, string year, CancellationToken cancellationToken) => rollups.RecomputeAsync(request, year, null, cancellationToken).AsActionResult();

    [Function("RecomputeMonthRollups")]
    public Task<IActionResult> Month([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.RollupsMonth)] HttpRequest request, string year, string month, CancellationToken cancellationToken) => rollups.RecomputeAsync(request, year, month, cancellationToken).AsActionResult();
}
