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
        // The link is stored before the token is handed out, so a token in a citizen's hands always has its link until used.
        await links.SaveAsync(new TransactionLink(token.SurveyId, token.Id, valid.TransactionReference!, valid.Unit!, valid.Channel!, now, token.ExpiresAt), cancellationToken);
        await counters.IncrementAsync(MonthKey.Of(now), RateCounterKinds.TokensMinted, token.SurveyId, valid.Unit!, valid.Channel!, cancellationToken);
        var encoded = tokens.Encode(token);
        return new MintOutcome.Minted(token, encoded, SurveyLink(token.SurveyId, encoded, token.Language));
    }

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
