using Microsoft.AspNetCore.Http;
using ServiceQuality.Domain.Localization;

namespace ServiceQuality.Handlers.Http.Staff;

/// <summary>The answer to a staff form that did its work: 303 See Other, so that reloading the next page does not post again.</summary>
public static class StaffRedirect
{
    /// <param name="path">A path this app built from checked values, never one taken from the request.</param>
    public static IResult SeeOther(HttpRequest request, string path, string language)
    {
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        request.HttpContext.Response.Headers.Location = language == Language.English ? $"{path}{separator}lang=en" : path;
        return TypedResults.StatusCode(StatusCodes.Status303SeeOther);
    }
}
