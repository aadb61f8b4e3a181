using ServiceQuality.Domain.Etiquette;

namespace ServiceQuality.Domain.Reports;

/// <summary>
/// The published service-quality report of a month or year: aggregates only, small cells suppressed. Texts are given
/// in every language (language tag → text), so that one report serves the JSON, the CSV and both HTML pages.
/// </summary>
/// <param name="PreviousPeriod">What <see cref="SatisfactionFigures.Change"/> is measured against.</param>
/// <param name="ComputedAt">When the stored figures the report is built from were computed: the oldest of them.</param>
public sealed record PerformanceReport(
    string Period,
    int Year,
    int? Month,
    string PreviousPeriod,
    IReadOnlyDictionary<string, string> Agency,
    int MinimumCellSize,
    DateTimeOffset? ComputedAt,
    ReportNavigation Navigation,
    ReportSummary Summary,
    IReadOnlyList<SurveyReport> Surveys,
    PetitionReport Petitions,
    EtiquetteReport Etiquette);

/// <summary>One survey as the yearly report lays it out: the survey, its method, its result.</summary>
/// <param name="YearToDate">For a month, January to that month; null for a year.</param>
/// <param name="Trend">The overall figures of each month of the year up to the period's end.</param>
/// <param name="ResponseRates">Null for a survey answered by invitation only, which has no rate of its own here.</param>
/// <param name="Choices">The distributions of the survey's single-choice questions.</param>
/// <param name="Verified">The overall figures of verified responses alone (transaction token or invitation), beside <paramref name="Overall"/>.</param>
/// <param name="OpenResponsesPublished">Whether <paramref name="Overall"/> counts open responses; false when a manager withheld them.</param>
/// <param name="Quarantined">Open responses held in quarantine as a burst, awaiting staff: in no figure.</param>
/// <param name="Discarded">Quarantined responses that staff discarded: in no figure.</param>
public sealed record SurveyReport(
    string Id,
    IReadOnlyDictionary<string, string> Title,
    IReadOnlyDictionary<string, string> Method,
    SatisfactionFigures Overall,
    SatisfactionFigures? YearToDate,
    IReadOnlyList<QuestionReport> Questions,
    IReadOnlyList<GroupReport> Units,
    IReadOnlyList<GroupReport> Channels,
    IReadOnlyList<TrendPoint> Trend,
    int? DissatisfiedResponses,
    IReadOnlyList<TopicReport> DissatisfiedTopics,
    SurveyResponseRates? ResponseRates,
    IReadOnlyList<ChoiceReport> Choices,
    SatisfactionFigures? Verified = null,
    bool OpenResponsesPublished = true,
    int Quarantined = 0,
    int Discarded = 0);

public sealed record QuestionReport(string Id, IReadOnlyDictionary<string, string> Text, bool IsOverall, SatisfactionFigures Figures, SatisfactionFigures? YearToDate);

/// <summary>The overall figures of one unit or channel; <paramref name="Name"/> is null for a key with no name.</summary>
public sealed record GroupReport(string Key, IReadOnlyDictionary<string, string>? Name, SatisfactionFigures Figures);

/// <summary>A survey's response rates in the period: in total and by unit and channel.</summary>
public sealed record SurveyResponseRates(ResponseRateFigures Total, IReadOnlyList<ResponseRateGroupReport> Groups);

/// <summary>
/// The response rates of one unit and channel; "" where the link or response named none. <paramref name="UnitName"/> is
/// null for "" and for a unit no longer in the organisation.
/// </summary>
public sealed record ResponseRateGroupReport(string Unit, IReadOnlyDictionary<string, string>? UnitName, string Channel, ResponseRateFigures Figures);

public sealed record TrendPoint(string Month, SatisfactionFigures Figures);

/// <summary>What dissatisfied respondents wrote about; counts under the minimum cell size are suppressed.</summary>
public sealed record TopicReport(string Topic, IReadOnlyDictionary<string, string> Name, int? Comments, int? Negative, int? Neutral, int? Positive, bool Suppressed);

/// <summary>Cases of the period, the year to date for a month, and the handling satisfaction of the petition survey.</summary>
public sealed record PetitionReport(
    DateOnly AsOf,
    PetitionFigures Figures,
    PetitionFigures? YearToDate,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Names,
    SatisfactionFigures HandlingSatisfaction);

/// <summary>
/// Phone-etiquette figures without the names and extensions of the people tested: a unit's average is shown only
/// from the minimum cell size, as one test's score is one person's.
/// </summary>
public sealed record EtiquetteReport(
    DateOnly AsOf,
    int TestCount,
    decimal? AverageScore,
    int Commendations,
    int Retests,
    int RetestsOverdue,
    IReadOnlyList<EtiquetteUnitReport> Units,
    EtiquetteCoverageCompliance Coverage);

public sealed record EtiquetteUnitReport(string UnitId, IReadOnlyDictionary<string, string>? Name, int TestCount, decimal? AverageScore, bool Suppressed);
