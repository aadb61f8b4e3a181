using ServiceQuality.Domain.Invitations;
using ServiceQuality.Domain.Surveys;

namespace ServiceQuality.Domain.ResponseRates;

/// <summary>
/// Sets a month's responses against its counters. Responses given with a transaction token are known from their
/// counter; the rest are the untokened ones, set against the forms opened without a token.
/// </summary>
public static class ResponseRateCalculator
{
    /// <summary>
    /// The counts of one survey in one month, by unit and channel (ordinal order); <paramref name="counters"/> may hold
    /// the month's counters of every survey. Invitation-only surveys have none: they are neither minted here nor opened untokened.
    /// </summary>
    public static IReadOnlyList<ResponseRateCounts> Count(SurveyDefinition survey, IReadOnlyList<RateCount> counters, IEnumerable<SurveyResponse> responses)
    {
        if (InvitationSurveys.IsInvitationOnly(survey.Id))
        {
            return [];
        }
        var counts = counters.Where(c => c.SurveyId == survey.Id)
            .GroupBy(c => (c.Kind, c.Unit, c.Channel))
            .ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        long Count(string kind, string unit, string channel) => counts.GetValueOrDefault((kind, unit, channel));

        // Quarantined and discarded responses count in no figure, rates included.
        var counted = responses.Where(r => r.IsCounted).ToList();
        var total = counted.GroupBy(r => (Unit: r.UnitId ?? "", Channel: r.Channel ?? "")).ToDictionary(g => g.Key, g => (long)g.Count());
        var api = counted.Where(r => !r.Verified && r.Source == ResponseSources.Api)
            .GroupBy(r => (Unit: r.UnitId ?? "", Channel: r.Channel ?? "")).ToDictionary(g => g.Key, g => (long)g.Count());
        var viewed = counts.Keys.Where(k => k.Kind == RateCounterKinds.FormViews).Select(k => (k.Unit, k.Channel)).ToHashSet();
        var formResponses = new Dictionary<(string Unit, string Channel), long>();
        foreach (var (key, count) in total)
        {
            var untokened = Math.Max(0, count - Count(RateCounterKinds.TokenResponses, key.Unit, key.Channel) - api.GetValueOrDefault(key));
            // A form link rarely names the unit (the citizen picks it on the form), so responses for a unit whose
            // forms were not counted on their own count against the survey and channel's unit-less views.
            var target = viewed.Contains(key) ? key : ("", key.Channel);
            formResponses[target] = formResponses.GetValueOrDefault(target) + untokened;
        }
        return counts.Keys.Select(k => (k.Unit, k.Channel))
            .Concat(formResponses.Where(f => f.Value > 0).Select(f => f.Key))
            .Concat(api.Keys)
            .Distinct()
            .OrderBy(k => k.Unit, StringComparer.Ordinal).ThenBy(k => k.Channel, StringComparer.Ordinal)
            .Select(k => new ResponseRateCounts(
                survey.Id, k.Unit, k.Channel,
                Count(RateCounterKinds.TokensMinted, k.Unit, k.Channel),
                Count(RateCounterKinds.TokenResponses, k.Unit, k.Channel),
                Count(RateCounterKinds.FormViews, k.Unit, k.Channel),
                formResponses.GetValueOrDefault(k),
                api.GetValueOrDefault(k)))
            .ToList();
    }

    /// <summary>Adds up the counts of several months by survey, unit and channel, in ordinal order.</summary>
    public static IReadOnlyList<ResponseRateCounts> Merge(IEnumerable<ResponseRateCounts> counts) =>
        counts.GroupBy(c => (c.Survey, c.Unit, c.Channel))
            .Select(g => g.Aggregate((a, b) => a.Plus(b)))
            .OrderBy(c => c.Survey, StringComparer.Ordinal).ThenBy(c => c.Unit, StringComparer.Ordinal).ThenBy(c => c.Channel, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The part of the whole in percent, to one decimal (half away from zero); null for a whole of none, as a rate over
    /// nothing minted or opened is not 0%.
    /// </summary>
    public static decimal? Percent(long part, long whole) =>
        whole == 0 ? null : Math.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero);

    /// <summary>
    /// A response rate: <see cref="Percent"/>, but never above 100%. More responses than views happen (a visitor
    /// counted once a day answers twice, a form opened on the last day of a month is sent on the first of the next),
    /// and a rate over 100% would say nothing true.
    /// </summary>
    public static decimal? Rate(long responses, long asked) => Percent(Math.Min(responses, asked), asked);
}
