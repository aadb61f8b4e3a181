using ServiceQuality.Domain.Etiquette;

namespace ServiceQuality.Domain.Tests.Builders;

/// <summary>The shipped phone-etiquette rubric, as copied beside the test binaries.</summary>
public static class EtiquetteDefinitions
{
    public static string RubricPath => Path.Combine(Definitions.Folder, "etiquette", "rubric.json");

    public static EtiquetteRubric Rubric { get; } = EtiquetteRubric.LoadFrom(RubricPath);
}
