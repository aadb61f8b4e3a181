namespace ServiceQuality.Domain.Cases;

/// <summary>The citizen's contact details for one case, stored apart from the case text.</summary>
public sealed record CaseContact(CaseNumber Number, string? Name, string? Email, string? Phone, string Language);
