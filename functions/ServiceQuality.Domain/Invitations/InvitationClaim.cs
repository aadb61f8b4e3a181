namespace ServiceQuality.Domain.Invitations;

/// <summary>Records that an invitation was used, and for which stored response.</summary>
public sealed record InvitationClaim(string TokenId, string SurveyId, string ResponseId, DateTimeOffset ClaimedAt);
