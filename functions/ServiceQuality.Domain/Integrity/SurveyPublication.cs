namespace ServiceQuality.Domain.Integrity;

/// <summary>
/// Whether a survey's published figures include its open responses, and who decided so, why and when. A survey with
/// no decision publishes them.
/// </summary>
public sealed record SurveyPublication(string SurveyId, bool PublishOpen, string Reason, string ChangedBy, DateTimeOffset ChangedAt);
