using Microsoft.AspNetCore.Http;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Handlers.Pages;

namespace ServiceQuality.Handlers.Http;

/// <summary>
/// Writes every problem answer as an HTML error page when a browser asked for a page. Problem results,
/// status-code pages and the exception handler all write through IProblemDetailsService, so one writer,
/// placed before the JSON one, covers every error of every page route in both hosts.
/// </summary>
public sealed class HtmlErrorPageWriter(AgencyOrganisation organisation) : IProblemDetailsWriter
{
    public const string HtmlType = "text/html; charset=utf-8";

    public bool CanWrite(ProblemDetailsContext context) => BrowserRequest.WantsHtml(context.HttpContext.Request);

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var request = context.HttpContext.Request;
        var response = context.HttpContext.Response;
        var status = context.ProblemDetails.Status ?? response.StatusCode;
        response.StatusCode = status;
        response.ContentType = HtmlType;
        var messages = context.ProblemDetails is HttpValidationProblemDetails validation ? validation.Errors.SelectMany(e => e.Value) : [];
        var page = ErrorPage.Render(organisation.AgencyName, Language.Normalise(request.Query["lang"]), status, messages, request.Path);
        return new ValueTask(response.WriteAsync(page, context.HttpContext.RequestAborted));
    }
}
