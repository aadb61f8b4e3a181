using Microsoft.AspNetCore.Http;
using ServiceQuality.Domain.Localization;

namespace ServiceQuality.Handlers.Http;

/// <summary>API error messages are in English unless the client prefers Chinese.</summary>
public static class ApiLanguage
{
    public static string Of(HttpRequest request) =>
        request.Headers.AcceptLanguage.ToString().TrimStart().StartsWith("zh", StringComparison.OrdinalIgnoreCase)
            ? Language.TraditionalChinese
            : Language.English;
}
