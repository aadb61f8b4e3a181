namespace ServiceQuality.Domain.Invitations;

public interface IInvitationClaimStore
{
    Task<InvitationClaim?> FindAsync(string surveyId, string tokenId, CancellationToken cancellationToken);

    /// <summary>Claims the token for a stored response; false when another response claimed it first. Atomic: an insert.</summary>
    Task<bool> TryClaimAsync(InvitationClaim claim, CancellationToken cancellationToken);
}
