namespace ServiceQuality.Domain.Invitations;

/// <summary>
/// What a signed invitation grants: one response to one survey, counted for the case's unit and category.
/// It carries no case number and no contact details, so a response cannot be traced back to the petitioner.
/// A token minted for a counter transaction also names the channel the citizen was served through.
/// </summary>
public sealed record InvitationToken(string Id, string SurveyId, string? UnitId, string? Category, string Language, DateTimeOffset ExpiresAt, string? Channel = null);
