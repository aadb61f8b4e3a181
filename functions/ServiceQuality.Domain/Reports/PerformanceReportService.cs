using ServiceQuality.Domain.Classification;
using ServiceQuality.Domain.Etiquette;
using ServiceQuality.Domain.Invitations;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.ResponseRates;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Domain.Reports;

/// <summary>
/// Builds the published report from stored rollups (computing those not stored yet), with the change against the
/// previous period, the year to date, the monthly trend and every small cell suppressed.
/// </summary>
public sealed class PerformanceReportService(
    RollupService rollups,
    SurveyRollupCalculator calculator,
    SurveyCatalog catalog,
    AgencyOrganisation organisation,
    CategoryMap categories,
    ReportOptions options,
    TimeProvider time)
{
    public const string PetitionSurveyId = "petition";

    /// <summary>The report of the period; null when the period has not begun.</summary>
    public async Task<PerformanceReport?> BuildAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var current = MonthKey.Of(time.GetUtcNow());
        if (!period.HasBegunBy(current))
        {
            return null;
        }
        var now = await rollups.SurveysAsync(period, cancellationToken);
        var previous = await rollups.SurveysAsync(period.Previous, cancellationToken);
        var months = new List<SurveysRollup>();
        foreach (var month in ReportPeriod.OfYear(period.Year).MonthsUntil(period.LastMonth.CompareTo(current) < 0 ? period.LastMonth : current))
        {
            months.Add(await rollups.SurveysAsync(ReportPeriod.OfMonth(month), cancellationToken));
        }
        var petitions = await rollups.PetitionsAsync(period, cancellationToken);
        var etiquette = await rollups.EtiquetteAsync(period, cancellationToken);
        var rates = await rollups.ResponseRatesAsync(period, cancellationToken);
        var previousPetitions = await rollups.PetitionsAsync(period.Previous, cancellationToken);
        var previousEtiquette = await rollups.EtiquetteAsync(period.Previous, cancellationToken);
        var computedAt = await rollups.ComputedAtAsync(period, cancellationToken);

        var surveys = catalog.All.Select(s => Survey(s, now.Find(s.Id), previous.Find(s.Id), period.IsMonth ? months : null, months, rates)).ToList();
        var petitionSurvey = surveys.FirstOrDefault(s => s.Id == PetitionSurveyId);
        return new PerformanceReport(
            period.ToString(),
            period.Year,
            period.Month,
            period.Previous.ToString(),
            organisation.AgencyName.Values,
            options.MinimumCellSize,
            computedAt,
            ReportNavigation.Of(period, current),
            ReportSummaryBuilder.Build(surveys, petitions.Figures, previousPetitions.Figures, etiquette, previousEtiquette),
            surveys,
            new PetitionReport(petitions.AsOf, petitions.Figures, petitions.YearToDate, PetitionNames(petitions),
                petitionSurvey?.Overall ?? SatisfactionFigures.Of(LikertTally.Empty, null, options.MinimumCellSize)),
            Etiquette(etiquette));
    }

    private SurveyReport Survey(SurveyDefinition survey, SurveyRollup? now, SurveyRollup? previous, IReadOnlyList<SurveysRollup>? yearToDateMonths, IReadOnlyList<SurveysRollup> trend,
        ResponseRatesRollup rates)
    {
        var minimum = options.MinimumCellSize;
        var rollup = now ?? calculator.Merge(survey, []);
        var yearToDate = yearToDateMonths is null ? null : calculator.Merge(survey, yearToDateMonths.Select(m => m.Find(survey.Id)).OfType<SurveyRollup>());
        var questions = rollup.Questions.Select(q => new QuestionReport(
            q.Key,
            survey.FindQuestion(q.Key)?.Text.Values ?? new Dictionary<string, string>(),
            q.Key == rollup.OverallQuestionId,
            SatisfactionFigures.Of(q.Tally, previous?.Questions.FirstOrDefault(p => p.Key == q.Key)?.Tally, minimum),
            yearToDate is null ? null : SatisfactionFigures.Of(yearToDate.Questions.FirstOrDefault(y => y.Key == q.Key)?.Tally ?? LikertTally.Empty, null, minimum)))
            .ToList();
        var smallDissatisfied = rollup.DissatisfiedResponses < minimum;
        return new SurveyReport(
            survey.Id,
            survey.Title.Values,
            survey.Method.Values,
            SatisfactionFigures.Of(rollup.Overall, previous?.Overall, minimum),
            yearToDate is null ? null : SatisfactionFigures.Of(yearToDate.Overall, null, minimum),
            questions,
            rollup.Units.Select(u => new GroupReport(u.Key, organisation.Find(u.Key)?.Name.Values,
                SatisfactionFigures.Of(u.Tally, previous?.Units.FirstOrDefault(p => p.Key == u.Key)?.Tally, minimum))).ToList(),
            rollup.Channels.Select(c => new GroupReport(c.Key, null,
                SatisfactionFigures.Of(c.Tally, previous?.Channels.FirstOrDefault(p => p.Key == c.Key)?.Tally, minimum))).ToList(),
            trend.Select(m => new TrendPoint(m.Period, SatisfactionFigures.Of(m.Find(survey.Id)?.Overall ?? LikertTally.Empty, null, minimum))).ToList(),
            smallDissatisfied ? null : rollup.DissatisfiedResponses,
            rollup.DissatisfiedTopics.Select(t => t.Comments < minimum
                ? new TopicReport(t.Topic, CommentTopics.NameOf(t.Topic).Values, null, null, null, null, true)
                : new TopicReport(t.Topic, CommentTopics.NameOf(t.Topic).Values, t.Comments, t.Negative, t.Neutral, t.Positive, false)).ToList(),
            ResponseRates(survey, rates),
            (rollup.Choices ?? []).Select(c => ChoiceFigures.Of(c, survey.FindQuestion(c.QuestionId), minimum)).ToList(),
            SatisfactionFigures.Of(rollup.Verified ?? LikertTally.Empty, previous?.Verified, minimum),
            rollup.OpenPublished,
            rollup.Quarantined,
            rollup.Discarded);
    }

    private SurveyResponseRates? ResponseRates(SurveyDefinition survey, ResponseRatesRollup rates)
    {
        if (InvitationSurveys.IsInvitationOnly(survey.Id))
        {
            return null;
        }
        var groups = rates.For(survey.Id).ToList();
        // The total adds up the counts before the small-cell rule, so that it is judged on its own size.
        var total = groups.Aggregate(new ResponseRateCounts(survey.Id, "", "", 0, 0, 0, 0, 0), (sum, g) => sum.Plus(g));
        return new SurveyResponseRates(
            ResponseRateFigures.Of(total, options.MinimumCellSize),
            groups.Select(g => new ResponseRateGroupReport(g.Unit, g.Unit.Length == 0 ? null : organisation.Find(g.Unit)?.Name.Values, g.Channel,
                ResponseRateFigures.Of(g, options.MinimumCellSize))).ToList());
    }

    private IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> PetitionNames(PetitionsRollup petitions)
    {
        var names = new SortedDictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var group in petitions.Figures.Categories)
        {
            if (categories.Find(group.Key) is { } category)
            {
                names[group.Key] = category.Name.Values;
            }
        }
        foreach (var group in petitions.Figures.Units)
        {
            if (organisation.Find(group.Key) is { } unit)
            {
                names[group.Key] = unit.Name.Values;
            }
        }
        return names;
    }

    private EtiquetteReport Etiquette(EtiquetteFigures figures) => new(
        figures.AsOf,
        figures.TestCount,
        figures.AverageScore,
        figures.Commendations.Count,
        figures.Retests.Count,
        figures.Retests.Count(r => r.Overdue),
        figures.Units.Select(u => u.TestCount is > 0 && u.TestCount < options.MinimumCellSize
                ? new EtiquetteUnitReport(u.UnitId, organisation.Find(u.UnitId)?.Name.Values, u.TestCount, null, true)
                : new EtiquetteUnitReport(u.UnitId, organisation.Find(u.UnitId)?.Name.Values, u.TestCount, u.AverageScore, false))
            .ToList(),
        figures.Coverage);
}
