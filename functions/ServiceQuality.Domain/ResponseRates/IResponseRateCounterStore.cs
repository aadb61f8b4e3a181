using ServiceQuality.Domain.Time;

namespace ServiceQuality.Domain.ResponseRates;

/// <summary>Monthly counters of minted tokens, token responses and untokened form views.</summary>
public interface IResponseRateCounterStore
{
    Task IncrementAsync(MonthKey month, string kind, string surveyId, string unit, string channel, CancellationToken cancellationToken);

    /// <summary>The month's counters, one per kind, survey, unit and channel.</summary>
    Task<IReadOnlyList<RateCount>> ListMonthAsync(MonthKey month, CancellationToken cancellationToken);
}
