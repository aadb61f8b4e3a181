using Microsoft.AspNetCore.Http;
using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Etiquette;
using ServiceQuality.Domain.Integrity;
using ServiceQuality.Domain.Time;
using ServiceQuality.Handlers.Pages.Staff;
using ServiceQuality.Handlers.Pages.Staff.Home;
using ServiceQuality.Handlers.Staff;
using ServiceQuality.Storage.Operations;

namespace ServiceQuality.Handlers.Http.Staff.Home;

/// <summary>
/// GET staff: what needs this person now. Each part is read only for the roles it concerns, so a unit user's home
/// never touches the poison queues, and a unit user's case counts are their unit's.
/// </summary>
public sealed class StaffHomeEndpoint(
    StaffGate gate, StaffLayout layout, CaseWorkloadService cases, EtiquetteCoverageService coverage, PoisonQueues poison,
    QuarantineService quarantine, TimeProvider time)
{
    public static readonly string[] CaseRoles = [StaffRoles.Triage, StaffRoles.Unit, StaffRoles.Admin];
    public static readonly string[] EtiquetteRoles = [StaffRoles.EtiquetteTester, StaffRoles.Manager];

    public async Task<IResult> GetAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!gate.TryPage(request, out var staff, out var refusal))
        {
            return refusal;
        }
        var unit = staff.RestrictedToUnit;
        var model = new StaffHomeModel(
            staff,
            staff.HasAny(CaseRoles) ? await cases.CountAsync(unit, cancellationToken) : null,
            unit,
            staff.HasAny(EtiquetteRoles) ? (await coverage.StatusAsync(TaipeiTime.DateOf(time.GetUtcNow()), cancellationToken)).Current : null,
            staff.Has(StaffRoles.Admin) ? (await poison.ListAsync(cancellationToken)).Count : null,
            staff.Has(StaffRoles.Manager) ? await QuarantinedAsync(cancellationToken) : null);
        var language = StaffLayout.LanguageOf(request);
        var (title, body) = StaffHomePage.Render(model, language);
        return layout.Page(request, staff, title, body);
    }

    private async Task<int> QuarantinedAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var month in quarantine.ReviewMonths)
        {
            count += (await quarantine.ListAsync(month, cancellationToken)).Count;
        }
        return count;
    }
}
