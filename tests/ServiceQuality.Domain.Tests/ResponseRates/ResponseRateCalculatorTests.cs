using ServiceQuality.Domain.ResponseRates;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Tests.Builders;
using Xunit;

namespace ServiceQuality.Domain.Tests.ResponseRates;

public sealed class ResponseRateCalculatorTests
{
    private static readonly DateTimeOffset March = new(2026, 3, 10, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Each_unit_and_channel_is_counted_on_its_own_and_token_responses_are_left_out_of_the_form_responses()
    {
        RateCount[] counters =
        [
            new(RateCounterKinds.TokensMinted, "counter", "metrology", "counter", 10),
            new(RateCounterKinds.TokenResponses, "counter", "metrology", "counter", 6),
            new(RateCounterKinds.TokensMinted, "counter", "office-north", "kiosk", 4),
            new(RateCounterKinds.FormViews, "counter", "", "web", 20),
            new(RateCounterKinds.FormViews, "counter", "office-north", "web", 5),
            new(RateCounterKinds.TokensMinted, "taxi-meter", "metrology", "counter", 99),
        ];
        var responses = Responses(6, "metrology", "counter")
            .Concat(Responses(3, "metrology", "web"))
            .Concat(Responses(2, "office-north", "web"))
            .Concat(Responses(1, "office-north", "counter"));

        var counts = ResponseRateCalculator.Count(Definitions.Counter, counters, responses);

        Assert.Equal(
        [
            // Not viewed on its own: set against the survey and channel's unit-less views, of which there are none.
            new ResponseRateCounts("counter", "", "counter", 0, 0, 0, 1),
            new ResponseRateCounts("counter", "", "web", 0, 0, 20, 3),
            new ResponseRateCounts("counter", "metrology", "counter", 10, 6, 0, 0),
            new ResponseRateCounts("counter", "office-north", "kiosk", 4, 0, 0, 0),
            new ResponseRateCounts("counter", "office-north", "web", 0, 0, 5, 2),
        ], counts);
    }

    [Fact]
    public void A_survey_answered_by_invitation_only_has_no_counts()
    {
        var petition = Definitions.Catalog.Find("petition")!;

        Assert.Empty(ResponseRateCalculator.Count(petition, [new(RateCounterKinds.FormViews, "petition", "", "", 3)], Responses(2, null, "email")));
    }

    [Fact]
    public void Months_add_up_by_survey_unit_and_channel()
    {
        ResponseRateCounts[] months =
        [
            new("counter", "metrology", "counter", 10, 5, 0, 0),
            new("taxi-meter", "", "web", 0, 0, 4, 1),
            new("counter", "metrology", "counter", 10, 10, 2, 1),
            new("counter", "", "web", 0, 0, 8, 2),
        ];

        var year = ResponseRateCalculator.Merge(months);

        Assert.Equal(
        [
            new ResponseRateCounts("counter", "", "web", 0, 0, 8, 2),
            new ResponseRateCounts("counter", "metrology", "counter", 20, 15, 2, 1),
            new ResponseRateCounts("taxi-meter", "", "web", 0, 0, 4, 1),
        ], year);
    }

    [Theory]
    [InlineData(6, 8, 75.0)]
    [InlineData(1, 3, 33.3)]
    [InlineData(1, 16, 6.3)]
    [InlineData(0, 12, 0.0)]
    public void A_rate_is_a_percentage_to_one_decimal_rounded_half_away_from_zero(long part, long whole, double expected) =>
        Assert.Equal((decimal)expected, ResponseRateCalculator.Percent(part, whole));

    [Fact]
    public void A_rate_over_nothing_minted_or_opened_is_not_zero_but_absent() =>
        Assert.Null(ResponseRateCalculator.Percent(4, 0));

    private static IEnumerable<SurveyResponse> Responses(int count, string? unit, string? channel) =>
        Enumerable.Range(0, count).Select(i => new SurveyResponse(
            $"{unit}-{channel}-{i}", "counter", 1, March, unit, channel, "zh-TW", new Dictionary<string, string> { ["overall"] = "4" }));
}
