using ServiceQuality.Domain.Surveys;

namespace ServiceQuality.Domain.Invitations;

/// <summary>
/// Told when a token has been claimed for a stored response. Called again when a retried submission finds its own
/// claim, so what it does must be safe to repeat.
/// </summary>
public interface IInvitationUseListener
{
    Task UsedAsync(InvitationToken token, SurveyResponse response, CancellationToken cancellationToken);
}
