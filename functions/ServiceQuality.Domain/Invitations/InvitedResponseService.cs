using ServiceQuality.Domain.Surveys;

namespace ServiceQuality.Domain.Invitations;

/// <summary>
/// Survey responses given with an invitation token. The token is claimed only after the response is stored,
/// so a failed store leaves it usable; the claim is a table insert, so of two concurrent submissions only one
/// claims it, and the other's response is removed again and answered 409. Surveys that are not
/// invitation-only and come without a token are passed through unchanged.
/// </summary>
public sealed class InvitedResponseService(
    SurveyResponseService responses,
    ISurveyResponseStore store,
    InvitationTokens tokens,
    IInvitationClaimStore claims,
    IEnumerable<IInvitationUseListener> listeners,
    TimeProvider time)
{
    /// <summary>Whether the token may open the survey's form: null when it may, or why not.</summary>
    public async Task<(InvitationToken? Token, InvitationProblem? Problem)> CheckAsync(string surveyId, string? tokenText, CancellationToken cancellationToken)
    {
        var (token, problem) = tokens.Read(tokenText, surveyId);
        if (token is null)
        {
            return (null, problem);
        }
        return await claims.FindAsync(surveyId, token.Id, cancellationToken) is null ? (token, null) : (null, InvitationProblem.Used);
    }

    public Task<SubmitOutcome> SubmitAsync(
        string surveyId, SurveySubmission submission, string? tokenText, string? idempotencyKey, CancellationToken cancellationToken) =>
        SubmitAsync(surveyId, submission, tokenText, idempotencyKey, ResponseOrigin.Api, cancellationToken);

    public async Task<SubmitOutcome> SubmitAsync(
        string surveyId, SurveySubmission submission, string? tokenText, string? idempotencyKey, ResponseOrigin origin, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(tokenText) && !InvitationSurveys.IsInvitationOnly(surveyId))
        {
            return await responses.SubmitAsync(surveyId, submission, idempotencyKey, null, origin, cancellationToken);
        }
        var (token, problem) = tokens.Read(tokenText, surveyId);
        if (token is null)
        {
            return new InvitationRefused(problem!.Value);
        }
        if (await claims.FindAsync(surveyId, token.Id, cancellationToken) is { } used)
        {
            // A retry of the very response that used the token (same key) is answered as the first time; anything else is refused.
            return idempotencyKey is not null && (await responses.FindClaimAsync(surveyId, idempotencyKey, cancellationToken))?.ResourceId == used.ResponseId
                ? await responses.SubmitAsync(surveyId, submission, idempotencyKey, Grant(token), origin, cancellationToken)
                : new InvitationRefused(InvitationProblem.Used);
        }
        var outcome = await responses.SubmitAsync(surveyId, submission, idempotencyKey, Grant(token), origin, cancellationToken);
        if (outcome is not SubmitOutcome.Accepted accepted)
        {
            return outcome;
        }
        if (!await claims.TryClaimAsync(new InvitationClaim(token.Id, surveyId, accepted.Response.Id, time.GetUtcNow()), cancellationToken))
        {
            // Another submission claimed the token between the check and now. A replay of this very
            // response (same idempotency key) keeps it; otherwise this response must not count twice.
            var earlier = await claims.FindAsync(surveyId, token.Id, cancellationToken);
            if (earlier?.ResponseId == accepted.Response.Id)
            {
                await NotifyAsync(token, accepted.Response, cancellationToken);
                return accepted;
            }
            await store.DeleteAsync(accepted.Response, cancellationToken);
            return new InvitationRefused(InvitationProblem.Used);
        }
        await NotifyAsync(token, accepted.Response, cancellationToken);
        return accepted;
    }

    private static InvitationGrant Grant(InvitationToken token) => new(token.UnitId, token.Category, token.Channel);

    private async Task NotifyAsync(InvitationToken token, SurveyResponse response, CancellationToken cancellationToken)
    {
        foreach (var listener in listeners)
        {
            await listener.UsedAsync(token, response, cancellationToken);
        }
    }
}
