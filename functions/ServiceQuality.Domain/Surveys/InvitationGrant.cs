namespace ServiceQuality.Domain.Surveys;

/// <summary>
/// What a verified invitation grants a response: it is counted for the invitation's unit and category, through the
/// channel the citizen was served, and is verified. The invitation is read and checked before the response service
/// is called, so Surveys knows what was granted, not how tokens are signed or claimed.
/// </summary>
public sealed record InvitationGrant(string? UnitId, string? Category, string? Channel);
