namespace ServiceQuality.Domain.ResponseRates;

/// <summary>
/// How many of those asked answered, for one survey, unit and channel in a month ("" when the unit or channel is not
/// known). Token rates count responses given with a transaction's token against the tokens minted; form rates count
/// the other responses against the forms opened without a token. A rate is null where nothing was minted or opened.
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
    decimal? FormRatePercent);
