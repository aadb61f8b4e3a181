namespace ServiceQuality.Domain.SurveyTokens;

/// <summary>The surveys a served transaction can be linked to: a counter visit and a taxi-meter inspection.</summary>
public static class TransactionSurveys
{
    public const string Counter = "counter";
    public const string TaxiMeter = "taxi-meter";

    public static IReadOnlyList<string> All { get; } = [Counter, TaxiMeter];

    public static bool Contains(string? surveyId) => surveyId is Counter or TaxiMeter;
}
