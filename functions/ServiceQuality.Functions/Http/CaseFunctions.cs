using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ServiceQuality.Handlers.Http;
using ServiceQuality.Handlers.Http.Cases;

namespace ServiceQuality.Functions.Http;

public sealed class CaseFunctions(CaseEndpoints cases)
{
    [Function("ListCases")]
    public Task<IActionResult> List([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.Cases)] HttpRequest request, CancellationToken cancellationToken) => cases.ListAsync(request, cancellationToken).AsActionResult();

    [Function("GetCase")]
    public Task<IActionResult> Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.Case)] HttpRequest request, string caseNumber, CancellationToken cancellationToken) => cases.GetAsync(request, caseNumber, cancellationToken).AsActionResult();

    [Function("CorrectCaseCategory")]
    public Task<IActionResult> Category([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.CaseCategory)] HttpRequest request, string caseNumber, CancellationToken cancellationToken) => cases.CorrectCategoryAsync(request, caseNumber, cancellationToken).AsActionResult();

    [Function("ReplyToCase")]
    public Task<IActionResult> Reply([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.CaseReply)] HttpRequest request, string caseNumber, CancellationToken cancellationToken) => cases.ReplyAsync(request, caseNumber, cancellationToken).AsActionResult();

    [Function("CloseCase")]
    public Task<IActionResult> Close([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.CaseClose)] HttpRequest request, string caseNumber, CancellationToken cancellationToken) => cases.CloseAsync(request, caseNumber, cancellationToken).AsActionResult();
}
