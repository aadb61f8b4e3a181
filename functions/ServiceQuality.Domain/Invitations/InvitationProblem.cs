namespace ServiceQuality.Domain.Invitations;

/// <summary>Why an invitation token cannot be used.</summary>
public enum InvitationProblem
{
    /// <summary>Not a token at all: 400.</summary>
    Malformed,
    /// <summary>The signature does not match, or the token is for another survey: 403.</summary>
    Forged,
    /// <summary>Past its expiry: 410.</summary>
    Expired,
    /// <summary>A response was already given with it: 409.</summary>
    Used,
    /// <summary>The survey is answered by invitation only and no token came: 403.</summary>
    Missing,
}
