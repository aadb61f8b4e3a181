using ServiceQuality.Domain.Localization;

namespace ServiceQuality.Domain.Surveys;

/// <summary>A versioned survey, loaded from its JSON definition file; <c>"audience": "staff"</c> marks one answered by staff.</summary>
public sealed record SurveyDefinition(
    string Id,
    int Version,
    LocalizedText Title,
    LocalizedText Intro,
    LocalizedText Method,
    bool AsksForUnit,
    IReadOnlyList<string> Channels,
    IReadOnlyList<Question> Questions,
    bool ForStaff = false)
{
    public Question OverallQuestion => Questions.Single(q => q.IsOverall);

    public Question? FindQuestion(string id) => Questions.FirstOrDefault(q => q.Id == id);
}
