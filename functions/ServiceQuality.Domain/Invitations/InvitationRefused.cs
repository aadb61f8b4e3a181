using ServiceQuality.Domain.Surveys;

namespace ServiceQuality.Domain.Invitations;

/// <summary>The survey is answered by invitation only, and the invitation is missing, forged, expired or used.</summary>
public sealed record InvitationRefused(InvitationProblem Problem) : SubmitOutcome;
