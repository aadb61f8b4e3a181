namespace ServiceQuality.Storage;

public static class TableNames
{
    public const string SurveyResponses = "SurveyResponses";
    public const string SurveyComments = "SurveyComments";
    public const string Idempotency = "Idempotency";

    public static IReadOnlyList<string> All { get; } = [SurveyResponses, SurveyComments, Idempotency];
}
