using ServiceQuality.Domain.Localization;

namespace ServiceQuality.Domain.Organisation;

/// <summary>
/// A section (課) or office (辦事處) of the agency; the e-mail address receives its overdue-case notices. An internal
/// unit (人事室, 會計室) serves only staff, so citizens are never asked to rate it.
/// </summary>
public sealed record Unit(string Id, string Kind, LocalizedText Name, string? Email = null, bool Internal = false);
