using ServiceQuality.Domain.Surveys;

namespace ServiceQuality.Domain.Reports;

/// <summary>
/// One survey's tallies in a month or year. Every list is in a fixed order (questions as defined, units as in the
/// organisation, other keys by ordinal), so two runs over the same responses store the same JSON.
/// </summary>
/// <param name="Overall">The overall-satisfaction question.</param>
/// <param name="Units">The overall question by the unit that served the citizen; <see cref="SurveyRollup.Unspecified"/> when none was named.</param>
/// <param name="Channels">The overall question by channel.</param>
/// <param name="DissatisfiedResponses">Responses whose overall score is below the top two boxes (3 or less).</param>
/// <param name="DissatisfiedTopics">Classified comments of those responses, counted per topic.</param>
/// <param name="CommentsAwaitingClassification">Comments of those responses not classified yet.</param>
/// <param name="Choices">The single-choice questions' counts; null in rollups stored before they were counted.</param>
/// <param name="Verified">The overall question over verified responses alone (transaction token or invitation).</param>
/// <param name="OpenResponses">Open responses counted in the figures (none when they are not published).</param>
/// <param name="Quarantined">Open responses held in quarantine as part of a burst, awaiting staff.</param>
/// <param name="Discarded">Quarantined responses that staff discarded.</param>
/// <param name="OpenPublished">Whether open responses are counted in the figures; false when a manager withheld them.</param>
public sealed record SurveyRollup(
    string SurveyId,
    string OverallQuestionId,
    LikertTally Overall,
    IReadOnlyList<KeyedTally> Questions,
    IReadOnlyList<KeyedTally> Units,
    IReadOnlyList<KeyedTally> Channels,
    int DissatisfiedResponses,
    IReadOnlyList<TopicTally> DissatisfiedTopics,
    int CommentsAwaitingClassification,
    IReadOnlyList<ChoiceTally>? Choices = null,
    LikertTally? Verified = null,
    int OpenResponses = 0,
    int Quarantined = 0,
    int Discarded = 0,
    bool OpenPublished = true)
{
    public const string Unspecified = SurveyUnits.Unspecified;
}

/// <summary>A tally of one question, unit or channel.</summary>
public sealed record KeyedTally(string Key, LikertTally Tally);

/// <summary>Comments on one topic, with how many the sentiment model read as negative, neutral or positive.</summary>
public sealed record TopicTally(string Topic, int Comments, int Negative, int Neutral, int Positive)
{
    public TopicTally Plus(TopicTally other) =>
        new(Topic, Comments + other.Comments, Negative + other.Negative, Neutral + other.Neutral, Positive + other.Positive);
}

/// <summary>The survey tallies of one period: a row of kind <see cref="RollupKinds.Surveys"/>.</summary>
public sealed record SurveysRollup(string Period, IReadOnlyList<SurveyRollup> Surveys)
{
    public SurveyRollup? Find(string surveyId) => Surveys.FirstOrDefault(s => s.SurveyId == surveyId);
}
