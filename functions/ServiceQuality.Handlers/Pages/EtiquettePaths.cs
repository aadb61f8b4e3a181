using ServiceQuality.Domain.Etiquette;

namespace ServiceQuality.Handlers.Pages;

/// <summary>Links between the etiquette pages.</summary>
public static class EtiquettePaths
{
    public static string Form(string language) => $"/etiquette-tests/new?lang={language}";

    public static string Recorded(EtiquetteTest test, string language) => Recorded(test.Month.ToString(), test.Id, language);

    public static string Recorded(string month, string id, string language) =>
        $"/etiquette-tests/{Uri.EscapeDataString(month)}/{Uri.EscapeDataString(id)}?lang={language}";
}
