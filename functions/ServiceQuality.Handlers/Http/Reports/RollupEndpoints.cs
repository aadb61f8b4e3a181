using Microsoft.AspNetCore.Http;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Reports;
using ServiceQuality.Domain.Validation;
using ServiceQuality.Handlers.Staff;

namespace ServiceQuality.Handlers.Http.Reports;

/// <summary>
/// POST api/rollups/{year}[/{month}] (managers and admins): recomputes a month, or a year with each of its months,
/// now. A JSON call gets the run as JSON; the report page's "recompute now" form (with the staff anti-forgery
/// token) is sent back to the report, which shows the new "figures as of" time (303 See Other, so that reloading
/// the page does not post again).
/// </summary>
public sealed class RollupEndpoints(RollupService rollups, StaffGate gate)
{
    /// <summary>Who may recompute the figures.</summary>
    public static readonly string[] Roles = [StaffRoles.Manager, StaffRoles.Admin];

    public async Task<IResult> RecomputeAsync(HttpRequest request, string year, string? month, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<string, string?>? form = null;
        if (request.HasFormContentType)
        {
            if (!gate.TryPage(request, out var staff, out var pageRefusal, Roles))
            {
                return pageRefusal;
            }
            var (fields, formRefusal) = await gate.ReadFormAsync(request, staff, cancellationToken);
            if (fields is null)
            {
                return formRefusal!;
            }
            form = fields;
        }
        else if (!gate.TryApi(request, out _, out var refusal, Roles))
        {
            return refusal;
        }
        var errors = new ValidationErrors();
        if (ReportPeriod.Parse(year, month, errors) is not { } period)
        {
            return Problems.Invalid(errors, ApiLanguage.Of(request));
        }
        if (await rollups.RecomputeAsync(period, cancellationToken) is not { } run)
        {
            return Problems.NotFound("There is nothing to roll up for this period.", $"{period} has not begun yet.");
        }
        if (form is null)
        {
            return TypedResults.Ok(run);
        }
        var language = Language.Normalise(form.GetValueOrDefault("lang"));
        request.HttpContext.Response.Headers.Location = ReportPath(period) + "?lang=" + Uri.EscapeDataString(language);
        return TypedResults.StatusCode(StatusCodes.Status303SeeOther);
    }

    /// <summary>The report page of a period; built from the parsed period, never from the request, so it cannot lead elsewhere.</summary>
    public static string ReportPath(ReportPeriod period) =>
        period.Month is { } m ? FormattableString.Invariant($"/reports/{period.Year}/{m}") : FormattableString.Invariant($"/reports/{period.Year}");
}
