using ServiceQuality.Domain.Reports;
using ServiceQuality.Domain.ResponseRates;
using Xunit;

namespace ServiceQuality.Domain.Tests.Reports;

public sealed class ResponseRateFiguresTests
{
    private const int Minimum = 5;

    [Fact]
    public void Rates_are_responses_over_tokens_minted_and_over_forms_opened()
    {
        var figures = ResponseRateFigures.Of(new ResponseRateCounts("counter", "metrology", "counter", 8, 6, 20, 5), Minimum);

        Assert.Equal(new ResponseRateFigures(8, 6, 75.0m, false, 20, 5, 25.0m, false), figures);
    }

    [Fact]
    public void With_nothing_minted_or_opened_the_rate_is_empty_rather_than_zero_and_the_responses_are_still_shown()
    {
        var figures = ResponseRateFigures.Of(new ResponseRateCounts("counter", "metrology", "web", 0, 0, 0, 7), Minimum);

        Assert.Equal((0L, 0L, (decimal?)null), (figures.TokensMinted, figures.TokenResponses!.Value, figures.TokenRatePercent));
        Assert.Equal((0L, 7L, (decimal?)null), (figures.FormViews, figures.FormResponses!.Value, figures.FormRatePercent));
    }

    [Fact]
    public void A_few_responses_are_suppressed_with_their_rate_but_what_was_minted_or_opened_is_shown()
    {
        var figures = ResponseRateFigures.Of(new ResponseRateCounts("counter", "office-north", "kiosk", 40, 3, 12, 6), Minimum);

        Assert.True(figures.TokenResponsesSuppressed);
        Assert.Equal((40L, (long?)null, (decimal?)null), (figures.TokensMinted, figures.TokenResponses, figures.TokenRatePercent));
        Assert.False(figures.FormResponsesSuppressed);
        Assert.Equal(50.0m, figures.FormRatePercent);
    }

    [Fact]
    public void No_response_at_all_is_a_rate_of_zero_and_not_a_small_cell()
    {
        var figures = ResponseRateFigures.Of(new ResponseRateCounts("counter", "office-north", "kiosk", 40, 0, 0, 0), Minimum);

        Assert.False(figures.TokenResponsesSuppressed);
        Assert.Equal(0.0m, figures.TokenRatePercent);
    }
}
