using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ServiceQuality.Handlers.Http;
using ServiceQuality.Handlers.Http.Surveys;

namespace ServiceQuality.Functions.Http;

public sealed class SurveyPageFunctions(SurveyFormEndpoint form)
{
    [Function("GetSurveyForm")]
    public Task<IActionResult> Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.SurveyForm)] HttpRequest request, string id, CancellationToken cancellationToken) => form.GetAsync(request, id, cancellationToken).AsActionResult();

    [Function("PostSurveyForm")]
    public Task<IActionResult> Post([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.SurveyForm)] HttpRequest request, string id, CancellationToken cancellationToken) => form.PostAsync(request, id, cancellationToken).AsActionResult();

    [Function("GetSurveyThanks")]
    public IActionResult Thanks([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.SurveyThanks)] HttpRequest request, string id) => form.Thanks(request, id).AsActionResult();
}
