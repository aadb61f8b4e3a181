using ServiceQuality.Domain.Invitations;
using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Domain.SurveyTokens;

/// <summary>What became of a request for a transaction's survey token.</summary>
public abstract record MintOutcome
{
    private MintOutcome()
    {
    }

    public sealed record Invalid(ValidationErrors Errors) : MintOutcome;

    /// <summary>
    /// <paramref name="Encoded"/> is the signed token; <paramref name="SurveyLink"/> the address the citizen opens;
    /// <paramref name="ShortLink"/> the short address that leads to it, for QR codes.
    /// </summary>
    public sealed record Minted(InvitationToken Token, string Encoded, string SurveyLink, string ShortLink) : MintOutcome;
}
