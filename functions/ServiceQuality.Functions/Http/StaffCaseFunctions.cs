using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ServiceQuality.Handlers.Http;
using ServiceQuality.Handlers.Http.StaffCases;

namespace ServiceQuality.Functions.Http;

/// <summary>The staff case inbox and case page; the signed-in person and their role are checked by the handler, not by a key.</summary>
public sealed class StaffCaseFunctions(StaffCaseEndpoints cases)
{
    [Function("StaffCaseInbox")]
    public Task<IActionResult> Inbox([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.StaffCases)] HttpRequest request, CancellationToken cancellationToken) => cases.InboxAsync(request, cancellationToken).AsActionResult();

    [Function("StaffCasePage")]
    public Task<IActionResult> Case([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.StaffCase)] HttpRequest request, string caseNumber, CancellationToken cancellationToken) => cases.CaseAsync(request, caseNumber, cancellationToken).AsActionResult();

    [Function("StaffCaseAction")]
    public Task<IActionResult> Act([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.StaffCase)] HttpRequest request, string caseNumber, CancellationToken cancellationToken) => cases.PostAsync(request, caseNumber, cancellationToken).AsActionResult();
}
