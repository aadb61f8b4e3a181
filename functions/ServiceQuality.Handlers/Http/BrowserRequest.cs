using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ServiceQuality.Handlers.Http;

/// <summary>
/// A browser asking for a page: it accepts text/html and the path is not under api/. Error answers to such a
/// request are HTML pages; API paths always answer problem details, whoever asks.
/// </summary>
public static class BrowserRequest
{
    public const string ApiPrefix = "/api";

    public static bool WantsHtml(HttpRequest request) =>
        !IsApi(request.Path) && request.GetTypedHeaders().Accept.Any(a => a.Quality is not 0 && a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    public static bool IsApi(PathString path) => path.StartsWithSegments(ApiPrefix, StringComparison.OrdinalIgnoreCase);
}
