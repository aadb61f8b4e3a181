using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ServiceQuality.Handlers.Http;
using ServiceQuality.Handlers.Http.Staff.Leads;

namespace ServiceQuality.Functions.Http;

/// <summary>The seller lead pages for triage and admin, with merge and split.</summary>
public sealed class StaffLeadFunctions(StaffLeadEndpoints leads)
{
    [Function("StaffLeadsPage")]
    public Task<IActionResult> List([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.StaffLeads)] HttpRequest request, CancellationToken cancellationToken) => leads.ListAsync(request, cancellationToken).AsActionResult();

    [Function("StaffLeadPage")]
    public Task<IActionResult> Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.StaffLead)] HttpRequest request, string id, CancellationToken cancellationToken) => leads.GetAsync(request, id, cancellationToken).AsActionResult();

    [Function("StaffMergeLead")]
    public Task<IActionResult> Merge([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.StaffLeadMerge)] HttpRequest request, string id, CancellationToken cancellationToken) => leads.MergeAsync(request, id, cancellationToken).AsActionResult();

    [Function("StaffSplitLead")]
    public Task<IActionResult> Split([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.StaffLeadSplit)] HttpRequest request, string id, CancellationToken cancellationToken) => leads.SplitAsync(request, id, cancellationToken).AsActionResult();
}
