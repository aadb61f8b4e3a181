using ServiceQuality.Domain.Etiquette;

namespace ServiceQuality.Handlers.Pages;

/// <summary>
/// Links between the staff pages. Where the function key came in the query string it is carried along,
/// since a browser cannot add the key header to a form post or a link.
/// </summary>
public static class EtiquettePaths
{
    public static string Form(string language, string? code) => $"/etiquette-tests/new?lang={language}{Code(code)}";

    public static string Recorded(EtiquetteTest test, string language, string? code) => Recorded(test.Month.ToString(), test.Id, language, code);

    public static string Recorded(string month, string id, string language, string? code) =>
        $"/etiquette-tests/{Uri.EscapeDataString(month)}/{Uri.EscapeDataString(id)}?lang={language}{Code(code)}";

    private static string Code(string? code) => string.IsNullOrEmpty(code) ? "" : $"&code={Uri.EscapeDataString(code)}";
}
