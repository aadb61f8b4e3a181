using System.Globalization;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Domain.Surveys;

/// <summary>
/// A validated, stored response. Answers are kept as text: a Likert answer is "1".."5" or "na",
/// a choice answer is the option value, a free-text answer is the text itself.
/// </summary>
/// <param name="Verified">Given with a transaction token or an invitation; any other response is open.</param>
/// <param name="Source">How it arrived (<see cref="ResponseSources"/>); null for responses stored before it was recorded.</param>
/// <param name="ClientKey">
/// A keyed hash of the client address of the day (never the address), or "kiosk:" and the device; null for verified responses.
/// </param>
/// <param name="Review">Null when counted as given; otherwise a <see cref="ResponseReview"/> state.</param>
public sealed record SurveyResponse(
    string Id,
    string SurveyId,
    int SurveyVersion,
    DateTimeOffset SubmittedAt,
    string? UnitId,
    string? Channel,
    string Language,
    IReadOnlyDictionary<string, string> Answers,
    string? Category = null,
    bool Verified = false,
    string? Source = null,
    string? ClientKey = null,
    string? Review = null)
{
    public MonthKey Month => MonthKey.Of(SubmittedAt);

    /// <summary>Whether the figures count it: not held in quarantine, nor discarded.</summary>
    public bool IsCounted => ResponseReview.IsCounted(Review);

    /// <summary>The score of a Likert answer; null when unanswered or not applicable.</summary>
    public int? LikertScore(string questionId) =>
        Answers.TryGetValue(questionId, out var value) && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var score)
            ? score
            : null;
}
