using ServiceQuality.Domain.Time;

namespace ServiceQuality.Storage.Tables;

/// <summary>Partition and row keys; one partition per survey and Taipei month keeps a monthly rollup to one partition.</summary>
public static class TableKeys
{
    public static string SurveyMonth(string surveyId, MonthKey month) => SurveyMonth(surveyId, month.ToString());

    public static string SurveyMonth(string surveyId, string month) => $"{surveyId}_{month}";

    public static string Comment(string responseId, string questionId) => $"{responseId}_{questionId}";
}
