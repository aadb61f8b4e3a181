using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.Surveys;

namespace ServiceQuality.Handlers.Http.Surveys;

/// <summary>GET api/surveys/{id}: a survey's definition, for clients that render their own form.</summary>
public sealed class GetSurveyEndpoint(SurveyCatalog catalog, AgencyOrganisation organisation)
{
    public Results<Ok<SurveyDefinitionDto>, ProblemHttpResult> Handle(string id) =>
        catalog.Find(id) is { } survey
            ? TypedResults.Ok(SurveyDefinitionDto.From(survey, organisation))
            : Problems.NotFound("Unknown survey.", $"There is no survey '{id}'.");
}
