using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Comments;
using ServiceQuality.Domain.Etiquette;
using ServiceQuality.Domain.Integrity;
using ServiceQuality.Domain.ResponseRates;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Domain.Reports;

/// <summary>
/// Computes and stores the rollups of months and years. A month reads only that month's partitions of responses,
/// comments and response-rate counters, so its cost follows the month's volume; a year adds up the stored months instead of reading a year of
/// responses. Cases are one partition per year by design (gapless numbering), and are read whole.
/// </summary>
public sealed class RollupService(
    SurveyCatalog catalog,
    ISurveyResponseStore responses,
    ISurveyCommentStore comments,
    ICaseStore cases,
    EtiquetteFiguresService etiquette,
    SurveyRollupCalculator surveyCalculator,
    PetitionFiguresCalculator petitionCalculator,
    IRollupStore store,
    IResponseRateCounterStore rateCounters,
    BurstDetector bursts,
    PublicationService publication,
    TimeProvider time)
{
    /// <summary>The daily run: the current and the previous Taipei month, and the years they belong to.</summary>
    public async Task<RollupRun> RunDailyAsync(CancellationToken cancellationToken)
    {
        var current = MonthKey.Of(time.GetUtcNow());
        var done = new List<string>();
        foreach (var month in new[] { current.Previous, current })
        {
            await RollUpMonthAsync(month, cancellationToken);
            done.Add(month.ToString());
        }
        foreach (var year in new[] { current.Previous.Year, current.Year }.Distinct())
        {
            await RollUpYearAsync(year, cancellationToken);
            done.Add(ReportPeriod.OfYear(year).ToString());
        }
        return new RollupRun(done, time.GetUtcNow());
    }

    /// <summary>
    /// Recomputes a month (and the year it is part of, which adds up its months) or a whole year with each of its
    /// months; null when the period has not begun.
    /// </summary>
    public async Task<RollupRun?> RecomputeAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var current = MonthKey.Of(time.GetUtcNow());
        if (!period.HasBegunBy(current))
        {
            return null;
        }
        var done = new List<string>();
        foreach (var month in period.MonthsUntil(current))
        {
            await RollUpMonthAsync(month, cancellationToken);
            done.Add(month.ToString());
        }
        await RollUpYearAsync(period.Year, cancellationToken);
        done.Add(ReportPeriod.OfYear(period.Year).ToString());
        return new RollupRun(done, time.GetUtcNow());
    }

    /// <summary>The stored survey tallies of a period, computed and stored first when there are none yet.</summary>
    public async Task<SurveysRollup> SurveysAsync(ReportPeriod period, CancellationToken cancellationToken) =>
        await FindAsync<SurveysRollup>(period, RollupKinds.Surveys, cancellationToken)
        ?? await SaveAsync(period, RollupKinds.Surveys, await ComputeSurveysAsync(period, cancellationToken), cancellationToken);

    public async Task<PetitionsRollup> PetitionsAsync(ReportPeriod period, CancellationToken cancellationToken) =>
        await FindAsync<PetitionsRollup>(period, RollupKinds.Petitions, cancellationToken)
        ?? await SaveAsync(period, RollupKinds.Petitions, await ComputePetitionsAsync(period, cancellationToken), cancellationToken);

    public async Task<EtiquetteFigures> EtiquetteAsync(ReportPeriod period, CancellationToken cancellationToken) =>
        await FindAsync<EtiquetteFigures>(period, RollupKinds.Etiquette, cancellationToken)
        ?? await SaveAsync(period, RollupKinds.Etiquette, await ComputeEtiquetteAsync(period, cancellationToken), cancellationToken);

    public async Task<ResponseRatesRollup> ResponseRatesAsync(ReportPeriod period, CancellationToken cancellationToken) =>
        await FindAsync<ResponseRatesRollup>(period, RollupKinds.ResponseRates, cancellationToken)
        ?? await SaveAsync(period, RollupKinds.ResponseRates, await ComputeResponseRatesAsync(period, cancellationToken), cancellationToken);

    /// <summary>
    /// When the stored figures of a period were computed: the oldest of its kinds, as the report is only as fresh as
    /// its stalest part; null when none is stored.
    /// </summary>
    public async Task<DateTimeOffset?> ComputedAtAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        DateTimeOffset? oldest = null;
        foreach (var kind in RollupKinds.All)
        {
            if (await store.FindAsync(period.ToString(), kind, cancellationToken) is { } stored && (oldest is null || stored.ComputedAt < oldest))
            {
                oldest = stored.ComputedAt;
            }
        }
        return oldest;
    }

    private async Task RollUpMonthAsync(MonthKey month, CancellationToken cancellationToken)
    {
        var period = ReportPeriod.OfMonth(month);
        var (surveys, rates) = await ComputeMonthAsync(month, cancellationToken);
        await SaveAsync(period, RollupKinds.Surveys, surveys, cancellationToken);
        await SaveAsync(period, RollupKinds.ResponseRates, rates, cancellationToken);
        await SaveAsync(period, RollupKinds.Petitions, await ComputePetitionsAsync(period, cancellationToken), cancellationToken);
        await SaveAsync(period, RollupKinds.Etiquette, await ComputeEtiquetteAsync(period, cancellationToken), cancellationToken);
    }

    private async Task RollUpYearAsync(int year, CancellationToken cancellationToken)
    {
        var period = ReportPeriod.OfYear(year);
        await SaveAsync(period, RollupKinds.Surveys, await ComputeSurveysAsync(period, cancellationToken), cancellationToken);
        await SaveAsync(period, RollupKinds.Petitions, await ComputePetitionsAsync(period, cancellationToken), cancellationToken);
        await SaveAsync(period, RollupKinds.Etiquette, await ComputeEtiquetteAsync(period, cancellationToken), cancellationToken);
        await SaveAsync(period, RollupKinds.ResponseRates, await ComputeResponseRatesAsync(period, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// A month's survey tallies and response-rate counts, reading each survey's response partition once for both, as
    /// that read is what a month's rollup costs.
    /// </summary>
    private async Task<(SurveysRollup Surveys, ResponseRatesRollup Rates)> ComputeMonthAsync(MonthKey month, CancellationToken cancellationToken)
    {
        var counters = await rateCounters.ListMonthAsync(month, cancellationToken);
        var withheld = await publication.WithheldAsync(cancellationToken);
        var surveys = new List<SurveyRollup>();
        var rates = new List<ResponseRateCounts>();
        foreach (var survey in catalog.All)
        {
            var monthResponses = await QuarantineBurstsAsync(await ListAsync(responses.ListMonthAsync(survey.Id, month, cancellationToken)), cancellationToken);
            var monthComments = await ListAsync(comments.ListMonthAsync(survey.Id, month, cancellationToken));
            surveys.Add(surveyCalculator.Tally(survey, monthResponses, monthComments, !withheld.Contains(survey.Id)));
            rates.AddRange(ResponseRateCalculator.Count(survey, counters, monthResponses));
        }
        var period = ReportPeriod.OfMonth(month).ToString();
        return (new SurveysRollup(period, surveys), new ResponseRatesRollup(period, rates));
    }

    /// <summary>
    /// Moves the open responses of a burst into quarantine before they are tallied: stored, so that staff can review
    /// them and a later run finds them there; the month's list comes back with their new state.
    /// </summary>
    private async Task<List<SurveyResponse>> QuarantineBurstsAsync(List<SurveyResponse> month, CancellationToken cancellationToken)
    {
        var burst = bursts.Find(month);
        if (burst.Count == 0)
        {
            return month;
        }
        await responses.SetReviewAsync(month.Where(r => burst.Contains(r.Id)).ToList(), ResponseReview.Quarantined, cancellationToken);
        return month.Select(r => burst.Contains(r.Id) ? r with { Review = ResponseReview.Quarantined } : r).ToList();
    }

    private async Task<SurveysRollup> ComputeSurveysAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        if (period.Month is { } m)
        {
            return (await ComputeMonthAsync(new MonthKey(period.Year, m), cancellationToken)).Surveys;
        }
        var months = await MonthsOfAsync(period, SurveysAsync, cancellationToken);
        return new SurveysRollup(period.ToString(),
            catalog.All.Select(s => surveyCalculator.Merge(s, months.Select(x => x.Find(s.Id)).OfType<SurveyRollup>())).ToList());
    }

    private async Task<ResponseRatesRollup> ComputeResponseRatesAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        if (period.Month is { } m)
        {
            return (await ComputeMonthAsync(new MonthKey(period.Year, m), cancellationToken)).Rates;
        }
        var months = await MonthsOfAsync(period, ResponseRatesAsync, cancellationToken);
        return new ResponseRatesRollup(period.ToString(), ResponseRateCalculator.Merge(months.SelectMany(x => x.Rates)));
    }

    /// <summary>The stored figures of each month of a year that has begun, which the year adds up.</summary>
    private async Task<List<T>> MonthsOfAsync<T>(ReportPeriod year, Func<ReportPeriod, CancellationToken, Task<T>> monthFigures, CancellationToken cancellationToken)
    {
        var months = new List<T>();
        foreach (var month in year.MonthsUntil(MonthKey.Of(time.GetUtcNow())))
        {
            months.Add(await monthFigures(ReportPeriod.OfMonth(month), cancellationToken));
        }
        return months;
    }

    private async Task<PetitionsRollup> ComputePetitionsAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var asOf = TaipeiTime.DateOf(time.GetUtcNow());
        var year = await ListAsync(cases.ListYearAsync(period.Year, cancellationToken));
        return new PetitionsRollup(
            period.ToString(),
            asOf,
            petitionCalculator.Compute(year, period.FirstMonth, period.LastMonth, asOf),
            period.IsMonth ? petitionCalculator.Compute(year, new MonthKey(period.Year, 1), period.LastMonth, asOf) : null);
    }

    private Task<EtiquetteFigures> ComputeEtiquetteAsync(ReportPeriod period, CancellationToken cancellationToken) =>
        period.Month is { } m
            ? etiquette.ForMonthAsync(period.Year, m, cancellationToken)
            : etiquette.ForYearAsync(period.Year, cancellationToken);

    private async Task<T?> FindAsync<T>(ReportPeriod period, string kind, CancellationToken cancellationToken) where T : class =>
        await store.FindAsync(period.ToString(), kind, cancellationToken) is { } stored ? RollupJson.Read<T>(stored.Figures) : null;

    private async Task<T> SaveAsync<T>(ReportPeriod period, string kind, T figures, CancellationToken cancellationToken)
    {
        await store.SaveAsync(new StoredRollup(period.ToString(), kind, RollupJson.Write(figures), time.GetUtcNow()), cancellationToken);
        return figures;
    }

    private static async Task<List<T>> ListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }
        return list;
    }
}
