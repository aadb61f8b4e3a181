using ServiceQuality.Domain.ResponseRates;

namespace ServiceQuality.Domain.Reports;

/// <summary>
/// The response-rate counts of one period, by survey, unit and channel: a row of kind <see cref="RollupKinds.ResponseRates"/>.
/// A year adds up its months, each computed with that month's counters and responses.
/// </summary>
public sealed record ResponseRatesRollup(string Period, IReadOnlyList<ResponseRateCounts> Rates)
{
    public IEnumerable<ResponseRateCounts> For(string surveyId) => Rates.Where(r => r.Survey == surveyId);
}
