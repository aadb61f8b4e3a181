using Microsoft.AspNetCore.Http;
using ServiceQuality.Domain.Etiquette;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.Time;
using ServiceQuality.Domain.Validation;
using ServiceQuality.Handlers.Http.Etiquette;
using ServiceQuality.Handlers.Pages.Staff;
using ServiceQuality.Handlers.Pages.Staff.Etiquette;
using ServiceQuality.Handlers.Staff;

namespace ServiceQuality.Handlers.Http.Staff.Etiquette;

/// <summary>
/// GET staff/etiquette[?year=&amp;month=&amp;unit=]: the tests of a month (this month when nothing is asked) or of a
/// year (a year without a month), optionally of one unit, beside the period's figures from the same services
/// as api/etiquette-tests/figures. A bad filter shows the form again with its errors (400).
/// </summary>
public sealed class StaffEtiquetteEndpoint(
    StaffGate gate, StaffLayout layout, EtiquetteTestService tests, EtiquetteFiguresService figures, EtiquetteRubric rubric,
    AgencyOrganisation organisation, TimeProvider time)
{
    public static readonly string[] Roles = [StaffRoles.EtiquetteTester, StaffRoles.Manager];

    public async Task<IResult> GetAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!gate.TryPage(request, out var staff, out var refusal, Roles))
        {
            return refusal;
        }
        var language = StaffLayout.LanguageOf(request);
        var today = TaipeiTime.DateOf(time.GetUtcNow());
        var query = request.Query;
        var errors = new ValidationErrors();
        var asked = !string.IsNullOrWhiteSpace(query["year"]) || !string.IsNullOrWhiteSpace(query["month"]);
        var year = EtiquetteQuery.Year(query, today.Year, errors);
        var month = asked ? EtiquetteQuery.Month(query, errors) : today.Month;
        var unit = query["unit"].ToString().Trim() is { Length: > 0 } u ? u : null;
        if (unit is not null && organisation.Find(unit) is null)
        {
            errors.Add("unit", "沒有這個單位。", "There is no such unit.");
        }
        var filter = new EtiquetteFilter(query["year"].ToString(), asked ? query["month"].ToString() : today.Month.ToString(System.Globalization.CultureInfo.InvariantCulture), unit ?? "",
            year ?? today.Year, month, unit);
        var page = new StaffEtiquettePage(organisation, rubric, language);
        if (!errors.IsEmpty)
        {
            var (badTitle, badBody) = page.Render(filter, errors, null, [], staff.Has(StaffRoles.EtiquetteTester));
            return layout.Page(request, staff, badTitle, badBody, StatusCodes.Status400BadRequest);
        }
        var periodFigures = month is { } m
            ? await figures.ForMonthAsync(year!.Value, m, cancellationToken)
            : await figures.ForYearAsync(year!.Value, cancellationToken);
        var list = new List<EtiquetteTest>();
        await foreach (var test in tests.ListAsync(year.Value, month, unit, cancellationToken))
        {
            list.Add(test);
        }
        var (title, body) = page.Render(filter, errors, periodFigures, list, staff.Has(StaffRoles.EtiquetteTester));
        return layout.Page(request, staff, title, body);
    }
}
