using ServiceQuality.Domain.Cases;

namespace ServiceQuality.Domain.Email;

/// <summary>What staff actions on a case send to the citizen: the reply, and on closing the survey invitation.</summary>
public sealed class CaseFollowUp(ICaseStore cases, CaseEmails emails, TimeProvider time) : ICaseCorrespondence
{
    public const string Actor = "e-mail";

    public Task RepliedAsync(Case c, string reply, CancellationToken cancellationToken) => emails.ReplySentAsync(c, reply, cancellationToken);

    /// <summary>
    /// Invites the petitioner once: the invitation is recorded in the case's history, so closing an already
    /// closed case again sends nothing.
    /// </summary>
    public async Task ClosedAsync(Case closed, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (await cases.FindAsync(closed.Number, cancellationToken) is not { } found
                || found.Case.Status != CaseStatus.Closed || found.Case.History.Any(e => e.Kind == CaseEmails.SurveyInvited))
            {
                return;
            }
            if (!await emails.InviteAsync(found.Case, cancellationToken))
            {
                return;
            }
            try
            {
                await cases.ReplaceAsync(found.Case.With(new CaseEvent(time.GetUtcNow(), Actor, CaseEmails.SurveyInvited)), found.Version, cancellationToken);
                return;
            }
            catch (CaseConflictException) when (attempt < 3)
            {
            }
        }
    }
}
