namespace ServiceQuality.Handlers.Http;

/// <summary>
/// Every HTTP route, shared by the Functions attributes and the local host so the two cannot drift apart.
/// host.json's routePrefix is empty: the API lives under api/ and the citizen pages at the site root.
/// </summary>
public static class Routes
{
    public const string Surveys = "api/surveys";
    public const string Survey = "api/surveys/{id}";
    public const string SurveyResponses = "api/surveys/{id}/responses";

    public const string SurveyForm = "surveys/{id}";
    public const string SurveyThanks = "surveys/{id}/thanks";
    public const string Asset = "assets/{name}";
}
