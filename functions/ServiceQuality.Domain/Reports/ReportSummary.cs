namespace ServiceQuality.Domain.Reports;

/// <summary>
/// The table the report opens with, one row per headline figure: each survey's satisfaction, the petitions answered on
/// time, the phone-etiquette average. Rows are a list so that a new headline figure is one more row, not a new column.
/// </summary>
public sealed record ReportSummary(IReadOnlyList<SummaryRow> Rows);

/// <summary>
/// One headline figure and its change against the comparison period (percentage points for a percentage, points for
/// a score); null where either side has no figure. <paramref name="Count"/> is what the figure is based on, counted in
/// <paramref name="CountOf"/>. A suppressed row publishes neither.
/// </summary>
/// <param name="Id">Stable key of the row: "survey/counter", "petitions/answered-on-time", "etiquette/average-score".</param>
/// <param name="Measure">One of <see cref="SummaryMeasures"/>.</param>
/// <param name="CountOf">One of <see cref="SummaryCounts"/>.</param>
public sealed record SummaryRow(
    string Id,
    IReadOnlyDictionary<string, string> Label,
    string Measure,
    decimal? Value,
    decimal? Change,
    int? Count,
    string CountOf,
    bool Suppressed);

/// <summary>What a summary row's value is.</summary>
public static class SummaryMeasures
{
    public const string Percent = "percent";
    public const string Score = "score";
}

/// <summary>What a summary row's count counts.</summary>
public static class SummaryCounts
{
    public const string Responses = "responses";
    public const string Cases = "cases";
    public const string Tests = "tests";
}
