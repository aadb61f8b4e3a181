using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ServiceQuality.Handlers.Http;
using ServiceQuality.Handlers.Http.Complaints;

namespace ServiceQuality.Functions.Http;

public sealed class ComplaintFunctions(PostComplaintEndpoint post, ComplaintFormEndpoint form, ComplaintStatusEndpoint status)
{
    [Function("PostComplaint")]
    public Task<IActionResult> Post([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.Complaints)] HttpRequest request, CancellationToken cancellationToken) => post.HandleAsync(request, cancellationToken).AsActionResult();

    [Function("GetComplaintForm")]
    public IActionResult GetForm([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.ComplaintForm)] HttpRequest request) => form.Get(request).AsActionResult();

    [Function("PostComplaintForm")]
    public Task<IActionResult> PostForm([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.ComplaintForm)] HttpRequest request, CancellationToken cancellationToken) => form.PostAsync(request, cancellationToken).AsActionResult();

    [Function("GetComplaintStatus")]
    public Task<IActionResult> Status([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.ComplaintStatus)] HttpRequest request, CancellationToken cancellationToken) => status.GetAsync(request, cancellationToken).AsActionResult();

    [Function("ConfirmComplaintEmail")]
    public Task<IActionResult> Confirm([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.ComplaintConfirm)] HttpRequest request, CancellationToken cancellationToken) => status.ConfirmAsync(request, cancellationToken).AsActionResult();
}
