using System.Globalization;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Domain.Surveys;

/// <summary>
/// A validated, stored response. Answers are kept as text: a Likert answer is "1".."5" or "na",
/// a choice answer is the option value, a free-text answer is the text itself.
/// </summary>
public sealed record SurveyResponse(
    string Id,
    string SurveyId,
    int SurveyVersion,
    DateTimeOffset SubmittedAt,
    string? UnitId,
    string? Channel,
    string Language,
    IReadOnlyDictionary<string, string> Answers,
    string? Category = null)
{
    public MonthKey Month => MonthKey.Of(SubmittedAt);

    /// <summary>The score of a Likert answer; null when unanswered or not applicable.</summary>
    public int? LikertScore(string questionId) =>
        Answers.TryGetValue(questionId, out var value) && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var score)
            ? score
            : null;
}
