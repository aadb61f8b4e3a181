using Microsoft.AspNetCore.Http;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Reports;
using ServiceQuality.Domain.Time;
using ServiceQuality.Domain.Validation;
using ServiceQuality.Handlers.Pages;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Handlers.Pages.Reports;
using ServiceQuality.Handlers.Staff;

namespace ServiceQuality.Handlers.Http.Reports;

/// <summary>
/// GET api/reports/{year}[/{month}] (JSON or CSV) and reports/{year}[/{month}] (HTML): the published report, public and
/// anonymous, built from the stored rollups.
/// </summary>
/// <remarks>
/// A signed-in manager or admin reading the page is offered "recompute now", a form carrying their anti-forgery token;
/// every other reader sees the figures only.
/// </remarks>
public sealed class ReportEndpoints(PerformanceReportService reports, AgencyOrganisation organisation, Labels labels, StaffIdentity identity, StaffForms forms)
{
    private const string HtmlType = "text/html; charset=utf-8";

    public async Task<IResult> GetAsync(HttpRequest request, string year, string? month, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var period = ReportPeriod.Parse(year, month, errors);
        var format = ReportFormats.Of(request, errors);
        if (!errors.IsEmpty)
        {
            return Problems.Invalid(errors, ApiLanguage.Of(request));
        }
        if (await reports.BuildAsync(period!.Value, cancellationToken) is not { } report)
        {
            return NotYet(period.Value);
        }
        if (format == ReportFormat.Csv)
        {
            var csvLanguage = Language.Normalise(request.Query["lang"]);
            request.HttpContext.Response.Headers.ContentDisposition = $"inline; filename=\"service-quality-{report.Period}.csv\""
                // The saved file of the Chinese report is named by the Minguo period, as the agency files its reports.
                + (csvLanguage == Language.English ? "" : $"; filename*=UTF-8''{Uri.EscapeDataString($"服務品質報告-{MinguoDate.Period(report.Year, report.Month)}.csv")}");
            return TypedResults.Text(ReportCsv.Write(report, csvLanguage), ReportFormats.CsvType);
        }
        return TypedResults.Ok(report);
    }

    public async Task<IResult> PageAsync(HttpRequest request, string year, string? month, CancellationToken cancellationToken)
    {
        var language = Language.Normalise(request.Query["lang"]);
        var errors = new ValidationErrors();
        if (ReportPeriod.Parse(year, month, errors) is not { } period)
        {
            return Problems.Invalid(errors, language);
        }
        if (await reports.BuildAsync(period, cancellationToken) is not { } report)
        {
            return TypedResults.Content(NotFoundPage.Render(organisation.AgencyName, language, request.Path), HtmlType, statusCode: StatusCodes.Status404NotFound);
        }
        return TypedResults.Content(ReportPage.Render(organisation.AgencyName, labels, report, language, request.Path, RecomputeField(request)), HtmlType);
    }

    /// <summary>The recompute form's anti-forgery input for a signed-in manager or admin; null (no button) for anyone else.</summary>
    private string? RecomputeField(HttpRequest request) =>
        identity.Of(request) is { } staff && staff.HasAny(RollupEndpoints.Roles) ? forms.HiddenField(staff) : null;

    private static IResult NotYet(ReportPeriod period) =>
        Problems.NotFound("There is no report for this period.", $"{period} has not begun yet.");
}
