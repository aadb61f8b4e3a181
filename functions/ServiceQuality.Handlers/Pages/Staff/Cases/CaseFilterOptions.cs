using ServiceQuality.Domain.Classification;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Organisation;

namespace ServiceQuality.Handlers.Pages.Staff.Cases;

/// <summary>
/// What the inbox filters offer: the units (only their own for a unit member), the categories, the channels and the
/// years up to the current one.
/// </summary>
/// <param name="UnitScope">The one unit the viewer may see, or null for staff who see every unit.</param>
public sealed record CaseFilterOptions(AgencyOrganisation Organisation, CategoryMap Categories, Labels Labels, int CurrentYear, string? UnitScope)
{
    /// <summary>How many years back the year filter lists; an older year can still be asked for in the link.</summary>
    public const int YearsListed = 5;

    public IEnumerable<Unit> Units => UnitScope is null ? Organisation.Units : Organisation.Units.Where(u => u.Id == UnitScope);

    public IEnumerable<int> Years() => Enumerable.Range(0, YearsListed).Select(i => CurrentYear - i);
}
