using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Reports;

namespace ServiceQuality.Handlers.Http.Reports;

/// <summary>
/// How much of a survey's figure is verified, in the report CSV: the overall figures of verified responses alone
/// (dimension "verified"), whether open responses are published, and how many responses the quarantine holds back.
/// </summary>
public static class IntegrityCsv
{
    public static void Write(ReportCsvRows csv, string period, SurveyReport survey, string suppressedNote, string language)
    {
        if (survey.Verified is { } verified)
        {
            var note = verified.Suppressed ? suppressedNote : null;
            csv.Value(period, "surveys", survey.Id, "verified", "overall", "responses", Csv.Number(verified.Responses), note);
            csv.Value(period, "surveys", survey.Id, "verified", "overall", "satisfied", Csv.Number(verified.Satisfied), note);
            csv.Value(period, "surveys", survey.Id, "verified", "overall", "valid", Csv.Number(verified.Valid), note);
            csv.Value(period, "surveys", survey.Id, "verified", "overall", "percent", Csv.Number(verified.Percent), note);
        }
        var withheld = language == Language.English ? "open responses withheld by a manager" : "管理者決定不公布未驗證回應";
        csv.Value(period, "surveys", survey.Id, "integrity", "overall", "open-responses-published", survey.OpenResponsesPublished ? "true" : "false",
            survey.OpenResponsesPublished ? null : withheld);
        csv.Value(period, "surveys", survey.Id, "integrity", "overall", "quarantined", Csv.Number(survey.Quarantined), null);
        csv.Value(period, "surveys", survey.Id, "integrity", "overall", "discarded", Csv.Number(survey.Discarded), null);
    }
}
