using ServiceQuality.Domain.Invitations;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Domain.ResponseRates;

/// <summary>
/// Counts form views and computes response rates. A view is counted with the survey, the unit and channel the link
/// names and the month, nothing about the visitor. Rates are read live from the month's responses and counters
/// (<see cref="ResponseRateCalculator"/>); the published report reads them from the stored rollup instead.
/// </summary>
public sealed class ResponseRateService(
    SurveyCatalog catalog, AgencyOrganisation organisation, ISurveyResponseStore responses, IResponseRateCounterStore counters, TimeProvider time)
{
    /// <summary>Counts a survey form opened without a token; unknown units and channels are counted as "".</summary>
    public Task RecordFormViewAsync(SurveyDefinition survey, string? unit, string? channel, CancellationToken cancellationToken) =>
        counters.IncrementAsync(
            MonthKey.Of(time.GetUtcNow()),
            RateCounterKinds.FormViews,
            survey.Id,
            unit is not null && organisation.Find(unit) is not null ? unit : "",
            channel is not null && survey.Channels.Contains(channel) ? channel : "",
            cancellationToken);

    public async Task<ResponseRateReport> RatesAsync(MonthKey month, CancellationToken cancellationToken)
    {
        var monthCounters = await counters.ListMonthAsync(month, cancellationToken);
        var rows = new List<ResponseRate>();
        // Invitation-only surveys have no rates here; their partitions need not be read.
        foreach (var survey in catalog.All.Where(s => !InvitationSurveys.IsInvitationOnly(s.Id)))
        {
            var list = new List<SurveyResponse>();
            await foreach (var response in responses.ListMonthAsync(survey.Id, month, cancellationToken))
            {
                list.Add(response);
            }
            rows.AddRange(ResponseRateCalculator.Count(survey, monthCounters, list).Select(c => new ResponseRate(
                c.Survey, c.Unit, c.Channel,
                c.TokensMinted, c.TokenResponses, ResponseRateCalculator.Rate(c.TokenResponses, c.TokensMinted),
                c.FormViews, c.FormResponses, ResponseRateCalculator.Rate(c.FormResponses, c.FormViews), c.ApiResponses)));
        }
        return new ResponseRateReport(month.ToString(), rows);
    }
}
