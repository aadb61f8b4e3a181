using Microsoft.AspNetCore.Http;
using ServiceQuality.Domain.OpenData;
using ServiceQuality.Domain.Reports;
using ServiceQuality.Domain.Time;
using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Handlers.Http.Reports;

/// <summary>GET api/open-data/{year}/{month}/responses?format=csv|json: a month's de-identified responses.</summary>
public sealed class OpenDataEndpoints(OpenDataService openData, TimeProvider time)
{
    public async Task<IResult> ResponsesAsync(HttpRequest request, string year, string month, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var period = ReportPeriod.Parse(year, month, errors);
        var format = ReportFormats.Of(request, errors);
        if (!errors.IsEmpty)
        {
            return Problems.Invalid(errors, ApiLanguage.Of(request));
        }
        if (!period!.Value.HasBegunBy(MonthKey.Of(time.GetUtcNow())))
        {
            return Problems.NotFound("There are no responses for this month.", $"{period} has not begun yet.");
        }
        var export = await openData.ResponsesAsync(period.Value.FirstMonth, cancellationToken);
        if (format == ReportFormat.Csv)
        {
            request.HttpContext.Response.Headers.ContentDisposition = $"inline; filename=\"responses-{export.Month}.csv\"";
            return TypedResults.Text(OpenDataCsv.Write(export), ReportFormats.CsvType);
        }
        return TypedResults.Ok(export);
    }
}
