using System.Globalization;
using ServiceQuality.Domain.Calendar;
using ServiceQuality.Domain.Classification;
using ServiceQuality.Domain.Comments;
using ServiceQuality.Domain.Etiquette;
using ServiceQuality.Domain.Reports;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Domain.Tests.Builders;

/// <summary>The rollup and report services over in-memory stores, with the shipped definitions and calendar.</summary>
public sealed class ReportServices(TimeProvider clock)
{
    private int _next;

    public InMemorySurveyResponses Responses { get; } = new();

    public InMemorySurveyComments Comments { get; } = new();

    public InMemoryCases Cases { get; } = new();

    public InMemoryEtiquetteTestStore Etiquette { get; } = new();

    public InMemoryRollupStore Rollups { get; } = new();

    /// <summary>The response-rate counters (the token stores' other half).</summary>
    public InMemorySurveyTokenStores Counters { get; } = new();

    public ReportOptions Options { get; } = new();

    public Domain.Integrity.IntegrityOptions Integrity { get; } = new();

    public InMemoryPublications Publications { get; } = new();

    public Domain.Integrity.PublicationService Publication() => new(Definitions.Catalog, Publications, Publications, clock);

    public static WorkingDayCalendar Calendar { get; } = WorkingDayCalendar.LoadFrom(Path.Combine(Definitions.Folder, "calendar"));

    public static CategoryMap Categories { get; } =
        CategoryMap.LoadFrom(Path.Combine(Definitions.Folder, "classification", "categories.json"), Definitions.Organisation);

    public SurveyRollupCalculator Calculator { get; } = new(Definitions.Organisation);

    public RollupService Rollup() => new(
        Definitions.Catalog, Responses, Comments, Cases, new EtiquetteFiguresService(Definitions.Organisation, Etiquette, clock),
        Calculator, new PetitionFiguresCalculator(Calendar, Definitions.Organisation), Rollups, Counters,
        new Domain.Integrity.BurstDetector(Integrity), Publication(), clock);

    public PerformanceReportService Report() =>
        new(Rollup(), Calculator, Definitions.Catalog, Definitions.Organisation, Categories, Options, clock);

    /// <summary>
    /// Stores <paramref name="count"/> responses to a survey, each answering every Likert question with <paramref name="score"/>
    /// and each single-choice question named in <paramref name="choices"/> with its option.
    /// </summary>
    public async Task<List<SurveyResponse>> AddResponsesAsync(
        string surveyId, int count, string score, DateTimeOffset at, string? unit = "metrology", string channel = "counter", string? comment = null,
        IReadOnlyDictionary<string, string>? choices = null,
        ResponseOrigin? origin = null, bool verified = false, TimeSpan? apart = null)
    {
        var survey = Definitions.Catalog.Find(surveyId)!;
        var added = new List<SurveyResponse>();
        for (var i = 0; i < count; i++)
        {
            var answers = survey.Questions.Where(q => q.Type == QuestionType.Likert).ToDictionary(q => q.Id, _ => score);
            if (comment is not null)
            {
                answers["comment"] = comment;
            }
            foreach (var (question, option) in choices ?? new Dictionary<string, string>())
            {
                answers[question] = option;
            }
            var id = $"r{Interlocked.Increment(ref _next).ToString("D6", CultureInfo.InvariantCulture)}";
            var response = new SurveyResponse(id, surveyId, survey.Version, at + (apart ?? TimeSpan.Zero) * i, unit, channel, "zh-TW", answers,
                Verified: verified, Source: origin?.Source, ClientKey: origin?.ClientKey);
            await Responses.SaveAsync(response, CancellationToken.None);
            added.Add(response);
        }
        return added;
    }

    /// <summary>Adds <paramref name="times"/> to a response-rate counter of a month, as minting, a token response or a form view would.</summary>
    public async Task CountAsync(MonthKey month, string kind, string surveyId, string unit, string channel, int times)
    {
        for (var i = 0; i < times; i++)
        {
            await Counters.IncrementAsync(month, kind, surveyId, unit, channel, CancellationToken.None);
        }
    }

    /// <summary>Records the classified comment of a stored response, as the comment queue handler would.</summary>
    public Task ClassifyCommentAsync(SurveyResponse response, string topic, string sentiment) =>
        Comments.UpsertAsync(new SurveyComment(response.SurveyId, response.Month.ToString(), response.Id, "comment", response.Answers["comment"],
            response.LikertScore("overall"), response.UnitId, CommentStatus.Classified, response.SubmittedAt, topic, 0.9f, sentiment, 0.9f), CancellationToken.None);
}
