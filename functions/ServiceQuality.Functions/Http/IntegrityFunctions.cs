using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ServiceQuality.Handlers.Http;
using ServiceQuality.Handlers.Http.Integrity;

namespace ServiceQuality.Functions.Http;

public sealed class IntegrityFunctions(KioskEndpoints kiosks, PublicationEndpoints publication, QuarantineEndpoints quarantine)
{
    [Function("MintKioskCredential")]
    public Task<IActionResult> MintKiosk([HttpTrigger(AuthorizationLevel.Function, "post", Route = Routes.Kiosks)] HttpRequest request, CancellationToken cancellationToken) => kiosks.MintAsync(request, cancellationToken).AsActionResult();

    [Function("RevokeKioskCredential")]
    public Task<IActionResult> RevokeKiosk([HttpTrigger(AuthorizationLevel.Function, "post", Route = Routes.KioskRevoke)] HttpRequest request, string deviceId, CancellationToken cancellationToken) => kiosks.RevokeAsync(deviceId, cancellationToken).AsActionResult();

    [Function("SetSurveyPublication")]
    public Task<IActionResult> SetPublication([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.SurveyPublication)] HttpRequest request, string id, CancellationToken cancellationToken) => publication.SetAsync(request, id, cancellationToken).AsActionResult();

    [Function("ListQuarantine")]
    public Task<IActionResult> List([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.Quarantine)] HttpRequest request, CancellationToken cancellationToken) => quarantine.ListAsync(request, cancellationToken).AsActionResult();

    [Function("DecideQuarantine")]
    public Task<IActionResult> Decide([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.QuarantineDecision)] HttpRequest request, string surveyId, string month, CancellationToken cancellationToken) => quarantine.DecideAsync(request, surveyId, month, cancellationToken).AsActionResult();

    [Function("GetQuarantinePage")]
    public Task<IActionResult> Page([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.QuarantinePage)] HttpRequest request, CancellationToken cancellationToken) => quarantine.PageAsync(request, cancellationToken).AsActionResult();

    [Function("PostQuarantinePage")]
    public Task<IActionResult> PostPage([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.QuarantinePage)] HttpRequest request, CancellationToken cancellationToken) => quarantine.PostPageAsync(request, cancellationToken).AsActionResult();
}
