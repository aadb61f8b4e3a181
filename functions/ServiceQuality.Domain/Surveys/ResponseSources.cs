namespace ServiceQuality.Domain.Surveys;

/// <summary>How a response arrived: through the HTML form, whose views are counted, or the JSON API, which has no view.</summary>
public static class ResponseSources
{
    public const string Form = "form";
    public const string Api = "api";
}
