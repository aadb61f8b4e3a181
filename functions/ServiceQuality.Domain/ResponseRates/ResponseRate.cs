namespace ServiceQuality.Domain.ResponseRates;

/// <summary>
/// How many of those asked answered, for one survey, unit and channel in a month ("" when the unit or channel is not
/// known). Token rates count responses given with a transaction's token against the tokens minted; form rates count
/// the other form responses against the forms opened without a token; responses to the API without a token opened no form and are
/// counted on their own. A rate never exceeds 100%. A rate is null where nothing was minted or opened.
/// </summary>
public sealed record ResponseRate(
    string Survey,
    string Unit,
    string Channel,
    long TokensMinted,
    long TokenResponses,
    decimal? TokenRatePercent,
    long FormViews,
    long FormResponses,
    decimal? FormRatePercent,
    long ApiResponses = 0);
