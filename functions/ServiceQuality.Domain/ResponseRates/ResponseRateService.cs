using ServiceQuality.Domain.Invitations;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Domain.ResponseRates;

/// <summary>
/// Counts form views and computes response rates. A view is counted with the survey, the unit and channel the link
/// names and the month, nothing about the visitor. Responses come from the month's response partition; those given
/// with a transaction token are known from their counter, the rest are the untokened ones.
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
        var counts = (await counters.ListMonthAsync(month, cancellationToken))
            .GroupBy(c => (c.Kind, c.SurveyId, c.Unit, c.Channel))
            .ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        long Count(string kind, string survey, string unit, string channel) => counts.GetValueOrDefault((kind, survey, unit, channel));

        var rows = new List<ResponseRate>();
        // Invitation-only surveys are answered by e-mailed invitation alone: neither minted here nor opened untokened.
        foreach (var survey in catalog.All.Where(s => !InvitationSurveys.IsInvitationOnly(s.Id)))
        {
            var total = new Dictionary<(string Unit, string Channel), long>();
            await foreach (var response in responses.ListMonthAsync(survey.Id, month, cancellationToken))
            {
                var key = (response.UnitId ?? "", response.Channel ?? "");
                total[key] = total.GetValueOrDefault(key) + 1;
            }
            var viewed = counts.Keys.Where(k => k.SurveyId == survey.Id && k.Kind == RateCounterKinds.FormViews).Select(k => (k.Unit, k.Channel)).ToHashSet();
            var formResponses = new Dictionary<(string Unit, string Channel), long>();
            foreach (var (key, count) in total)
            {
                var untokened = Math.Max(0, count - Count(RateCounterKinds.TokenResponses, survey.Id, key.Unit, key.Channel));
                // A form link rarely names the unit (the citizen picks it on the form), so responses for a unit whose
                // forms were not counted on their own count against the survey and channel's unit-less views.
                var target = viewed.Contains(key) ? key : ("", key.Channel);
                formResponses[target] = formResponses.GetValueOrDefault(target) + untokened;
            }
            var keys = counts.Keys.Where(k => k.SurveyId == survey.Id).Select(k => (k.Unit, k.Channel))
                .Concat(formResponses.Where(f => f.Value > 0).Select(f => f.Key))
                .Distinct()
                .OrderBy(k => k.Item1, StringComparer.Ordinal).ThenBy(k => k.Item2, StringComparer.Ordinal);
            foreach (var (unit, channel) in keys)
            {
                var minted = Count(RateCounterKinds.TokensMinted, survey.Id, unit, channel);
                var answered = Count(RateCounterKinds.TokenResponses, survey.Id, unit, channel);
                var views = Count(RateCounterKinds.FormViews, survey.Id, unit, channel);
                var formAnswered = formResponses.GetValueOrDefault((unit, channel));
                rows.Add(new ResponseRate(survey.Id, unit, channel, minted, answered, Percent(answered, minted), views, formAnswered, Percent(formAnswered, views)));
            }
        }
        return new ResponseRateReport(month.ToString(), rows);
    }

    private static decimal? Percent(long part, long whole) => whole == 0 ? null : Math.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero);
}
