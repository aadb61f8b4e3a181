namespace ServiceQuality.Domain.Comments;

/// <summary>
/// Queue message: a survey response carries free text that waits for classification.
/// It names the response rather than carrying the text, so the text is stored in one place only.
/// </summary>
public sealed record CommentToClassify(string SurveyId, string Month, string ResponseId, string QuestionId);
