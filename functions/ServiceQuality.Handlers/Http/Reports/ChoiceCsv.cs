using ServiceQuality.Domain.Reports;

namespace ServiceQuality.Handlers.Http.Reports;

/// <summary>
/// A survey's single-choice distributions in the report CSV: dimension "choice", key "question" for the answers counted
/// and "question/option" for each option's count and percent; suppressed cells empty, with the note.
/// </summary>
public static class ChoiceCsv
{
    public const string Dimension = "choice";

    public static void Write(ReportCsvRows csv, string period, SurveyReport survey, string suppressedNote)
    {
        foreach (var choice in survey.Choices)
        {
            csv.Value(period, "surveys", survey.Id, Dimension, choice.QuestionId, "answered", Csv.Number(choice.Answered), choice.Suppressed ? suppressedNote : null);
            foreach (var option in choice.Options)
            {
                var key = $"{choice.QuestionId}/{option.Value}";
                var note = option.Suppressed ? suppressedNote : null;
                csv.Value(period, "surveys", survey.Id, Dimension, key, "responses", Csv.Number(option.Count), note);
                csv.Value(period, "surveys", survey.Id, Dimension, key, "percent", Csv.Number(option.Percent), note);
            }
        }
    }
}
