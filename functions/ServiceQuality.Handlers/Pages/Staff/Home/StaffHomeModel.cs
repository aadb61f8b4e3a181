using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Etiquette;
using ServiceQuality.Handlers.Staff;

namespace ServiceQuality.Handlers.Pages.Staff.Home;

/// <summary>What the staff home shows; a part is null when this person's roles do not concern it.</summary>
/// <param name="CaseUnit">The unit the case counts are limited to; null for every unit.</param>
public sealed record StaffHomeModel(StaffMember Staff, CaseWorkload? Cases, string? CaseUnit, PeriodCoverage? Etiquette, int? PoisonMessages, int? Quarantined);
