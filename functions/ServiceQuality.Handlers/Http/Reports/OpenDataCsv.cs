using ServiceQuality.Domain.OpenData;

namespace ServiceQuality.Handlers.Http.Reports;

/// <summary>Open-data responses as CSV: one row per response, one column per question of any survey.</summary>
public static class OpenDataCsv
{
    public static readonly string[] Fixed = ["survey", "survey_version", "date", "unit", "channel", "language"];

    public static string Write(OpenDataExport export)
    {
        var csv = new Csv().Row([.. Fixed, .. export.Questions]);
        foreach (var row in export.Responses)
        {
            csv.Row([
                row.Survey, Csv.Number(row.SurveyVersion), row.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                row.Unit, row.Channel, row.Language,
                .. export.Questions.Select(q => Csv.Text(row.Answers.GetValueOrDefault(q))),
            ]);
        }
        return csv.ToString();
    }
}
