using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ServiceQuality.Handlers.Http;
using ServiceQuality.Handlers.Http.Complaints;

namespace ServiceQuality.Functions.Http;

public sealed class ComplaintFunctions(PostComplaintEndpoint post, ComplaintFormEndpoint form)
{
    [Function("PostComplaint")]
    public Task<IActionResult> Post([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.Complaints)] HttpRequest request, CancellationToken cancellationToken) => post.HandleAsync(request, cancellationToken).AsActionResult();

    [Function("GetComplaintForm")]
    public IActionResult GetForm([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.ComplaintForm)] HttpRequest request) => form.Get(request).AsActionResult();

    [Function("PostComplaintForm")]
    public Task<IActionResult> PostForm([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.ComplaintForm)] HttpRequest request, CancellationToken cancellationToken) => form.PostAsync(request, cancellationToken).AsActionResult();

    [Function("GetComplaintFiled")]
    public Task<IActionResult> Filed([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.ComplaintFiled)] HttpRequest request, string caseNumber, CancellationToken cancellationToken) => form.FiledAsync(request, caseNumber, cancellationToken).AsActionResult();
}
