using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ServiceQuality.Handlers.Http;
using ServiceQuality.Handlers.Http.Leads;

namespace ServiceQuality.Functions.Http;

public sealed class LeadFunctions(LeadEndpoints leads)
{
    [Function("ListSellerLeads")]
    public Task<IActionResult> List([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.Leads)] HttpRequest request, CancellationToken cancellationToken) => leads.ListAsync(request, cancellationToken).AsActionResult();

    [Function("GetSellerLead")]
    public Task<IActionResult> Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.Lead)] HttpRequest request, string id, CancellationToken cancellationToken) => leads.GetAsync(request, id, cancellationToken).AsActionResult();

    [Function("MergeSellerLeads")]
    public Task<IActionResult> Merge([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.LeadMerge)] HttpRequest request, string id, CancellationToken cancellationToken) => leads.MergeAsync(request, id, cancellationToken).AsActionResult();

    [Function("SplitSellerLead")]
    public Task<IActionResult> Split([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.LeadSplit)] HttpRequest request, string id, CancellationToken cancellationToken) => leads.SplitAsync(request, id, cancellationToken).AsActionResult();
}
