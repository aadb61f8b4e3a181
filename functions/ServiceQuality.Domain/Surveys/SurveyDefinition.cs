using ServiceQuality.Domain.Localization;

namespace ServiceQuality.Domain.Surveys;

/// <summary>A versioned survey, loaded from its JSON definition file.</summary>
public sealed record SurveyDefinition(
    string Id,
    int Version,
    LocalizedText Title,
    LocalizedText Intro,
    LocalizedText Method,
    bool AsksForUnit,
    IReadOnlyList<string> Channels,
    IReadOnlyList<Question> Questions)
{
    public Question OverallQuestion => Questions.Single(q => q.IsOverall);

    public Question? FindQuestion(string id) => Questions.FirstOrDefault(q => q.Id == id);
}
