using ServiceQuality.Domain.Time;
using Xunit;

namespace ServiceQuality.Domain.Tests.SurveyTokens;

public sealed class ResponseRateServiceTests
{
    private readonly TransactionTokens _tokens = new();

    private MonthKey March => new(2026, 3);

    [Fact]
    public async Task The_token_rate_is_token_responses_over_tokens_minted_for_the_unit_and_channel()
    {
        var minted = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            minted.Add((await _tokens.MintAsync(reference: $"T-{i}")).Encoded);
        }
        await _tokens.AnswerAsync(minted[0]);

        var rate = Assert.Single((await _tokens.Rates.RatesAsync(March, default)).Rates, r => r.Survey == "counter" && r.Unit == "metrology" && r.Channel == "counter");

        Assert.Equal((4L, 1L, 25.0m), (rate.TokensMinted, rate.TokenResponses, rate.TokenRatePercent));
    }

    [Fact]
    public async Task The_form_rate_counts_untokened_responses_over_form_views_and_leaves_token_responses_out()
    {
        var survey = Builders.Definitions.Counter;
        for (var i = 0; i < 5; i++)
        {
            await _tokens.Rates.RecordFormViewAsync(survey, null, "kiosk", default);
        }
        await _tokens.AnswerAsync(null, unit: "metrology", channel: "kiosk");
        await _tokens.AnswerAsync(null, unit: "office-north", channel: "kiosk");
        await _tokens.AnswerAsync((await _tokens.MintAsync(channel: "kiosk")).Encoded);

        var rates = (await _tokens.Rates.RatesAsync(March, default)).Rates;

        var form = Assert.Single(rates, r => r.Survey == "counter" && r.Unit == "" && r.Channel == "kiosk");
        Assert.Equal((5L, 2L, 40.0m), (form.FormViews, form.FormResponses, form.FormRatePercent));
        var tokened = Assert.Single(rates, r => r.Unit == "metrology" && r.Channel == "kiosk");
        Assert.Equal((1L, 1L, 0L), (tokened.TokensMinted, tokened.TokenResponses, tokened.FormResponses));
    }

    [Fact]
    public async Task A_view_is_counted_under_the_unit_its_link_names_and_unknown_units_are_not_kept()
    {
        var survey = Builders.Definitions.Counter;
        await _tokens.Rates.RecordFormViewAsync(survey, "metrology", "counter", default);
        await _tokens.Rates.RecordFormViewAsync(survey, "<script>", "fax", default);

        var rates = (await _tokens.Rates.RatesAsync(March, default)).Rates;

        Assert.Contains(rates, r => (r.Unit, r.Channel, r.FormViews) == ("metrology", "counter", 1L));
        Assert.Contains(rates, r => (r.Unit, r.Channel, r.FormViews) == ("", "", 1L));
    }

    [Fact]
    public async Task A_rate_is_empty_where_nothing_was_minted_or_viewed()
    {
        await _tokens.AnswerAsync(null, unit: "metrology", channel: "web");

        var rate = Assert.Single((await _tokens.Rates.RatesAsync(March, default)).Rates);

        Assert.Equal((1L, (decimal?)null, (decimal?)null), (rate.FormResponses, rate.FormRatePercent, rate.TokenRatePercent));
    }

    [Fact]
    public async Task The_petition_survey_answered_by_invitation_only_has_no_rate_here()
    {
        var rates = (await _tokens.Rates.RatesAsync(March, default)).Rates;

        Assert.DoesNotContain(rates, r => r.Survey == "petition");
    }
}
