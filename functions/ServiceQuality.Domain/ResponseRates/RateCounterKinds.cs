namespace ServiceQuality.Domain.ResponseRates;

/// <summary>What a response-rate counter counts.</summary>
public static class RateCounterKinds
{
    /// <summary>Survey tokens minted for served transactions.</summary>
    public const string TokensMinted = "token-minted";

    /// <summary>Responses given with a transaction token.</summary>
    public const string TokenResponses = "token-answered";

    /// <summary>Survey forms opened without a token.</summary>
    public const string FormViews = "form-view";

    public static IReadOnlyList<string> All { get; } = [TokensMinted, TokenResponses, FormViews];
}
