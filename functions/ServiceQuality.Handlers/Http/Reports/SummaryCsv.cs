using ServiceQuality.Domain.Reports;

namespace ServiceQuality.Handlers.Http.Reports;

/// <summary>
/// The report's summary table in the CSV, first: section "summary", subject the row's id ("survey/counter",
/// "petitions/answered-on-time", …), measures "value", "change" and the row's count ("responses", "cases", "tests").
/// </summary>
public static class SummaryCsv
{
    public const string Section = "summary";

    public static void Write(ReportCsvRows csv, PerformanceReport report, string suppressedNote)
    {
        foreach (var row in report.Summary.Rows)
        {
            var note = row.Suppressed ? suppressedNote : null;
            csv.Value(report.Period, Section, row.Id, row.Measure, "summary", "value", Csv.Number(row.Value), note);
            csv.Value(report.Period, Section, row.Id, row.Measure, "summary", "change", Csv.Number(row.Change), note);
            csv.Value(report.Period, Section, row.Id, row.Measure, "summary", row.CountOf, Csv.Number(row.Count), note);
        }
    }
}
