namespace ServiceQuality.Domain.SurveyTokens;

/// <summary>How long a transaction's survey token stays usable; bound from the SurveyTokens configuration section.</summary>
public sealed class SurveyTokenOptions
{
    public const string Section = "SurveyTokens";

    /// <summary>Short, because the visit is fresh in mind for a few days only and the transaction link is kept until then.</summary>
    public int ExpiryDays { get; set; } = 14;

    public IEnumerable<string> Problems()
    {
        if (ExpiryDays is < 1 or > 90)
        {
            yield return "SurveyTokens:ExpiryDays must be between 1 and 90.";
        }
    }
}
