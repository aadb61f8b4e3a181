using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using ServiceQuality.Domain.Surveys;

namespace ServiceQuality.Handlers.Http.Surveys;

/// <summary>GET api/surveys: the surveys citizens can answer.</summary>
public sealed class ListSurveysEndpoint(SurveyCatalog catalog)
{
    public Ok<IReadOnlyList<SurveySummaryDto>> Handle() =>
        TypedResults.Ok<IReadOnlyList<SurveySummaryDto>>(
            catalog.All.Select(s => new SurveySummaryDto(s.Id, s.Version, s.Title.Values, $"/surveys/{s.Id}")).ToList());
}
