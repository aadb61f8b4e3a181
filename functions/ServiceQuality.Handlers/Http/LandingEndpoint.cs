using Microsoft.AspNetCore.Http;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Handlers.Pages;

namespace ServiceQuality.Handlers.Http;

/// <summary>GET / : the citizens' front page, listing the surveys and the complaint form.</summary>
public sealed class LandingEndpoint(AgencyOrganisation organisation, SurveyCatalog catalog)
{
    private const string HtmlType = "text/html; charset=utf-8";

    public IResult Get(HttpRequest request) =>
        TypedResults.Content(LandingPage.Render(organisation, catalog.All, Language.Normalise(request.Query["lang"])), HtmlType);
}
