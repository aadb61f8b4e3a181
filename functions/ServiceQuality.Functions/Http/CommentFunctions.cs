using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ServiceQuality.Handlers.Http;
using ServiceQuality.Handlers.Http.Comments;

namespace ServiceQuality.Functions.Http;

public sealed class CommentFunctions(CommentsPageEndpoint comments)
{
    [Function("GetCommentsPage")]
    public Task<IActionResult> Page([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.StaffComments)] HttpRequest request, CancellationToken cancellationToken) => comments.GetAsync(request, cancellationToken).AsActionResult();
}
