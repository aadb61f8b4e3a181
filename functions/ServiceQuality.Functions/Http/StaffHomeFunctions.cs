using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ServiceQuality.Handlers.Http;
using ServiceQuality.Handlers.Http.Staff.Home;

namespace ServiceQuality.Functions.Http;

/// <summary>The staff home; the staff identity (StaffGate), not a function key, decides who may open it.</summary>
public sealed class StaffHomeFunctions(StaffHomeEndpoint home)
{
    [Function("StaffHomePage")]
    public Task<IActionResult> Page([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.StaffHome)] HttpRequest request, CancellationToken cancellationToken) => home.GetAsync(request, cancellationToken).AsActionResult();
}
