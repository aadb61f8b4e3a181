using ServiceQuality.Domain.ResponseRates;

namespace ServiceQuality.Domain.Reports;

/// <summary>
/// The printed response rates of one survey, unit and channel, or of a survey in total. A rate is null where its
/// denominator is none (nothing minted, no form opened), so no 0% is made up. Under the report's small-cell rule, a
/// count of responses from 1 to under the minimum is not published, nor its rate; the tokens minted and forms opened
/// count transactions and page loads, not people's answers, and are always published.
/// </summary>
/// <param name="TokenResponses">Responses given with a transaction's token; null when suppressed.</param>
/// <param name="TokenRatePercent">Token responses over tokens minted, in percent.</param>
/// <param name="FormResponses">Responses given without a token; null when suppressed.</param>
/// <param name="FormRatePercent">Untokened form responses over forms opened without a token, in percent, at most 100.</param>
/// <param name="ApiResponses">Untokened responses to the API, which opened no form and so have no rate; null when suppressed.</param>
public sealed record ResponseRateFigures(
    long TokensMinted,
    long? TokenResponses,
    decimal? TokenRatePercent,
    bool TokenResponsesSuppressed,
    long FormViews,
    long? FormResponses,
    decimal? FormRatePercent,
    bool FormResponsesSuppressed,
    long? ApiResponses = 0,
    bool ApiResponsesSuppressed = false)
{
    public static ResponseRateFigures Of(ResponseRateCounts counts, int minimumCellSize)
    {
        var tokenSmall = IsSmall(counts.TokenResponses, minimumCellSize);
        var formSmall = IsSmall(counts.FormResponses, minimumCellSize);
        var apiSmall = IsSmall(counts.ApiResponses, minimumCellSize);
        return new ResponseRateFigures(
            counts.TokensMinted,
            tokenSmall ? null : counts.TokenResponses,
            tokenSmall ? null : ResponseRateCalculator.Rate(counts.TokenResponses, counts.TokensMinted),
            tokenSmall,
            counts.FormViews,
            formSmall ? null : counts.FormResponses,
            formSmall ? null : ResponseRateCalculator.Rate(counts.FormResponses, counts.FormViews),
            formSmall,
            apiSmall ? null : counts.ApiResponses,
            apiSmall);
    }

    // No response at all is published: it says that no one answered, not anything about one who did.
    private static bool IsSmall(long responses, int minimumCellSize) => responses > 0 && responses < minimumCellSize;
}
