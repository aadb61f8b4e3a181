using ServiceQuality.Domain.Integrity;
using ServiceQuality.Domain.ResponseRates;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Tests.Builders;
using Xunit;

namespace ServiceQuality.Domain.Tests.ResponseRates;

public sealed class ResponseRateLimitsTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 10, 12, 0, 0, TimeSpan.FromHours(8));
    private readonly ReportServices _services = new(new ManualClock(Noon));

    private static RateCount Views(long count) => new(RateCounterKinds.FormViews, "counter", "", "web", count);

    [Fact]
    public async Task More_form_responses_than_views_give_a_rate_of_100_percent_not_more()
    {
        var responses = await _services.AddResponsesAsync("counter", 12, "4", Noon, unit: null, channel: "web", origin: ResponseOrigin.Form);

        var counts = Assert.Single(ResponseRateCalculator.Count(Definitions.Counter, [Views(10)], responses));

        Assert.Equal(12, counts.FormResponses);
        Assert.Equal(100.0m, ResponseRateCalculator.Rate(counts.FormResponses, counts.FormViews));
    }

    [Fact]
    public async Task Api_responses_without_a_view_are_counted_on_their_own_and_not_against_form_views()
    {
        var form = await _services.AddResponsesAsync("counter", 5, "4", Noon, unit: null, channel: "web", origin: ResponseOrigin.Form);
        var api = await _services.AddResponsesAsync("counter", 30, "4", Noon, unit: null, channel: "web", origin: ResponseOrigin.Api);

        var counts = Assert.Single(ResponseRateCalculator.Count(Definitions.Counter, [Views(20)], [.. form, .. api]));

        Assert.Equal((20L, 5L, 30L), (counts.FormViews, counts.FormResponses, counts.ApiResponses));
        Assert.Equal(25.0m, ResponseRateCalculator.Rate(counts.FormResponses, counts.FormViews));
    }

    [Fact]
    public async Task Quarantined_responses_count_in_no_rate()
    {
        var form = await _services.AddResponsesAsync("counter", 5, "4", Noon, unit: null, channel: "web", origin: ResponseOrigin.Form);
        var held = (await _services.AddResponsesAsync("counter", 50, "1", Noon, unit: null, channel: "web", origin: ResponseOrigin.Form))
            .Select(r => r with { Review = ResponseReview.Quarantined });

        var counts = Assert.Single(ResponseRateCalculator.Count(Definitions.Counter, [Views(20)], [.. form, .. held]));

        Assert.Equal(5, counts.FormResponses);
    }
}
