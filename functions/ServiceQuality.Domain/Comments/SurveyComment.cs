namespace ServiceQuality.Domain.Comments;

/// <summary>A free-text answer from a survey response, kept for classification and for the report.</summary>
public sealed record SurveyComment(
    string SurveyId,
    string Month,
    string ResponseId,
    string QuestionId,
    string Text,
    int? OverallScore,
    string? UnitId,
    string Status,
    DateTimeOffset ReceivedAt,
    string? Topic = null,
    float? TopicConfidence = null,
    string? Sentiment = null,
    float? SentimentConfidence = null);
