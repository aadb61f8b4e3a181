using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ServiceQuality.Handlers.Http;
using ServiceQuality.Handlers.Http.Reports;

namespace ServiceQuality.Functions.Http;

public sealed class ReportFunctions(ReportEndpoints reports, OpenDataEndpoints openData)
{
    [Function("GetYearReport")]
    public Task<IActionResult> Year([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.ReportYear)] HttpRequest request, string year, CancellationToken cancellationToken) => reports.GetAsync(request, year, null, cancellationToken).AsActionResult();

    [Function("GetMonthReport")]
    public Task<IActionResult> Month([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.ReportMonth)] HttpRequest request, string year, string month, CancellationToken cancellationToken) => reports.GetAsync(request, year, month, cancellationToken).AsActionResult();

    [Function("GetYearReportPage")]
    public Task<IActionResult> YearPage([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.ReportYearPage)] HttpRequest request, string year, CancellationToken cancellationToken) => reports.PageAsync(request, year, null, cancellationToken).AsActionResult();

    [Function("GetMonthReportPage")]
    public Task<IActionResult> MonthPage([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.ReportMonthPage)] HttpRequest request, string year, string month, CancellationToken cancellationToken) => reports.PageAsync(request, year, month, cancellationToken).AsActionResult();

    [Function("GetOpenDataResponses")]
    public Task<IActionResult> OpenDataResponses([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.OpenDataResponses)] HttpRequest request, string year, string month, CancellationToken cancellationToken) => openData.ResponsesAsync(request, year, month, cancellationToken).AsActionResult();
}
