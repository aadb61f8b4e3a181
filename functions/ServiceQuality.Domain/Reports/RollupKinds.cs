namespace ServiceQuality.Domain.Reports;

/// <summary>The rows a period's rollup is stored in: one per kind of figures, each recomputed on its own.</summary>
public static class RollupKinds
{
    public const string Surveys = "surveys";
    public const string Petitions = "petitions";
    public const string Etiquette = "etiquette";
    public const string ResponseRates = "response-rates";

    public static IReadOnlyList<string> All { get; } = [Surveys, Petitions, Etiquette, ResponseRates];
}
