using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ServiceQuality.Handlers.Http;
using ServiceQuality.Handlers.Http.Surveys;

namespace ServiceQuality.Functions.Http;

public sealed class SurveyApiFunctions(ListSurveysEndpoint list, GetSurveyEndpoint get, PostSurveyResponseEndpoint post)
{
    [Function("ListSurveys")]
    public IActionResult List([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.Surveys)] HttpRequest request) => list.Handle().AsActionResult();

    [Function("GetSurvey")]
    public IActionResult Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.Survey)] HttpRequest request, string id) => get.Handle(id).AsActionResult();

    [Function("PostSurveyResponse")]
    public Task<IActionResult> Post([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.SurveyResponses)] HttpRequest request, string id, CancellationToken cancellationToken) => post.HandleAsync(request, id, cancellationToken).AsActionResult();
}
