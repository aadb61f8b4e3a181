using ServiceQuality.Domain.Invitations;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.ResponseRates;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Domain.SurveyTokens;

/// <summary>
/// Mints a survey token for one served transaction, with the signing and single-use claim of survey invitations.
/// The token carries the unit and channel; which transaction it was for is kept in a separate link that is deleted
/// as soon as the token is used, or by the daily purge once it has expired.
/// </summary>
public sealed class SurveyTokenService(
    SurveyTokenValidator validator,
    InvitationTokens tokens,
    InvitationOptions invitations,
    SurveyTokenOptions options,
    ITransactionLinkStore links,
    IResponseRateCounterStore counters,
    TimeProvider time) : IInvitationUseListener
{
    public async Task<MintOutcome> MintAsync(SurveyTokenRequest request, CancellationToken cancellationToken)
    {
        var (valid, errors) = validator.Validate(request);
        if (valid is null)
        {
            return new MintOutcome.Invalid(errors);
        }
        var token = tokens.IssueForTransaction(valid.Survey!, valid.Unit!, valid.Channel!, valid.Language!, options.ExpiryDays);
        var now = time.GetUtcNow();
        var encoded = tokens.Encode(token);
        // The link is stored before the token is handed out, so a token in a citizen's hands always has its link until used.
        await links.SaveAsync(new TransactionLink(token.SurveyId, token.Id, valid.TransactionReference!, valid.Unit!, valid.Channel!, now, token.ExpiresAt, encoded), cancellationToken);
        await counters.IncrementAsync(MonthKey.Of(now), RateCounterKinds.TokensMinted, token.SurveyId, valid.Unit!, valid.Channel!, cancellationToken);
        return new MintOutcome.Minted(token, encoded, SurveyLink(token.SurveyId, encoded, token.Language), ShortLink(token.Id));
    }

    /// <summary>
    /// The address a receipt's QR code carries: the token's random id only, a few dozen characters that a small code
    /// scans reliably. The server resolves it to the signed link, whose signature the form still checks.
    /// </summary>
    public string ShortLink(string tokenId) => $"{invitations.PublicBaseUrl.TrimEnd('/')}/{ShortLinkPrefix}/{tokenId}";

    public const string ShortLinkPrefix = "t";

    /// <summary>The survey form path of a short link's token; null once the token was used, purged, or never existed.</summary>
    public async Task<string?> ResolveAsync(string tokenId, CancellationToken cancellationToken)
    {
        if (tokenId.Length is 0 or > 64)
        {
            return null;
        }
        foreach (var surveyId in TransactionSurveys.All)
        {
            if (await links.FindAsync(surveyId, tokenId, cancellationToken) is { Token: { } encoded } link && link.ExpiresAt > time.GetUtcNow())
            {
                return new Uri(SurveyLink(surveyId, encoded, LanguageOf(encoded, surveyId))).PathAndQuery;
            }
        }
        return null;
    }

    private string LanguageOf(string encoded, string surveyId) => tokens.Read(encoded, surveyId).Token?.Language ?? Language.TraditionalChinese;

    public string SurveyLink(string surveyId, string encoded, string language) =>
        $"{invitations.PublicBaseUrl.TrimEnd('/')}/surveys/{surveyId}?token={Uri.EscapeDataString(encoded)}"
        + (language == Language.English ? "&lang=en" : "");

    /// <summary>A transaction's token was used: its link is deleted and the response counted for the response rate.</summary>
    public async Task UsedAsync(InvitationToken token, SurveyResponse response, CancellationToken cancellationToken)
    {
        if (!TransactionSurveys.Contains(token.SurveyId) || token.Channel is null)
        {
            return;
        }
        // Counted only by the call that removed the link, so a repeated notice does not count the response twice.
        if (await links.DeleteAsync(token.SurveyId, token.Id, cancellationToken))
        {
            await counters.IncrementAsync(response.Month, RateCounterKinds.TokenResponses, token.SurveyId, token.UnitId ?? "", token.Channel, cancellationToken);
        }
    }

    /// <summary>Deletes the links of tokens that expired unused; returns how many.</summary>
    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken) => links.DeleteExpiredAsync(time.GetUtcNow(), cancellationToken);
}
