namespace ServiceQuality.Domain.SurveyTokens;

/// <summary>An unvalidated request for a survey token for one served transaction.</summary>
public sealed record SurveyTokenRequest(string? Survey, string? Unit, string? Channel, string? TransactionReference, string? Language);
