using ServiceQuality.Domain.Localization;

namespace ServiceQuality.Domain.Organisation;

/// <summary>A section (課) or office (辦事處) of the agency that serves citizens; the e-mail address receives its overdue-case notices.</summary>
public sealed record Unit(string Id, string Kind, LocalizedText Name, string? Email = null);
