using ServiceQuality.Domain.Classification;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Domain.Comments;

/// <summary>
/// Takes in a survey comment (Handlers/Queues/CommentIntakeHandler runs it per queue message): gives each comment a topic and a sentiment and records it with the
/// context the report needs (overall score, unit), so the report can say what dissatisfied citizens wrote about.
/// </summary>
public sealed class CommentIntakeService(
    ISurveyResponseStore responses,
    ISurveyCommentStore comments,
    SurveyCatalog catalog,
    ITextClassifierPort classifier,
    TimeProvider time)
{
    public async Task TakeInAsync(CommentToClassify message, CancellationToken cancellationToken)
    {
        if (!MonthKey.TryParse(message.Month, out var month))
        {
            throw new InvalidOperationException($"Comment message for response {message.ResponseId} names an invalid month '{message.Month}'.");
        }
        var response = await responses.FindAsync(message.SurveyId, month, message.ResponseId, cancellationToken)
            ?? throw new InvalidOperationException($"Response {message.ResponseId} of survey {message.SurveyId} ({message.Month}) was not found.");
        if (!response.Answers.TryGetValue(message.QuestionId, out var text))
        {
            throw new InvalidOperationException($"Response {message.ResponseId} has no answer to question {message.QuestionId}.");
        }
        var existing = await comments.FindAsync(message.SurveyId, message.Month, message.ResponseId, message.QuestionId, cancellationToken);
        if (existing is { Status: CommentStatus.Classified })
        {
            return;
        }
        var topic = await classifier.ClassifyAsync(ModelNames.CommentTopic, text, cancellationToken);
        var sentiment = await classifier.ClassifyAsync(ModelNames.CommentSentiment, text, cancellationToken);
        var overall = catalog.Find(response.SurveyId)?.OverallQuestion.Id;
        await comments.UpsertAsync(
            new SurveyComment(
                response.SurveyId,
                message.Month,
                response.Id,
                message.QuestionId,
                text,
                overall is null ? null : response.LikertScore(overall),
                response.UnitId,
                CommentStatus.Classified,
                existing?.ReceivedAt ?? time.GetUtcNow(),
                topic.Label,
                topic.Confidence,
                sentiment.Label,
                sentiment.Confidence),
            cancellationToken);
    }
}
