namespace ServiceQuality.Domain.SurveyTokens;

/// <summary>
/// Which transaction a token was minted for. Kept apart from the answers and deleted when the token is used or
/// expires, so that no stored record leads from a transaction to a response. <see cref="Token"/> is the signed token,
/// which the short link printed as a QR code is resolved to.
/// </summary>
public sealed record TransactionLink(
    string SurveyId,
    string TokenId,
    string TransactionReference,
    string UnitId,
    string Channel,
    DateTimeOffset MintedAt,
    DateTimeOffset ExpiresAt,
    string? Token = null);
