namespace ServiceQuality.Domain.Surveys;

/// <summary>An unvalidated response to a survey.</summary>
public sealed record SurveySubmission(
    IReadOnlyDictionary<string, AnswerInput> Answers,
    string? UnitId,
    string? Channel,
    string? Language);
