using ServiceQuality.Domain.Surveys;

namespace ServiceQuality.Domain.Comments;

/// <summary>Queues each free-text answer of a new response for classification.</summary>
public sealed class CommentClassificationQueueing(ICommentQueue queue) : IStoredResponseObserver
{
    public async Task StoredAsync(SurveyDefinition survey, SurveyResponse response, CancellationToken cancellationToken)
    {
        foreach (var question in survey.Questions.Where(q => q.Type == QuestionType.Text && response.Answers.ContainsKey(q.Id)))
        {
            await queue.EnqueueAsync(new CommentToClassify(survey.Id, response.Month.ToString(), response.Id, question.Id), cancellationToken);
        }
    }
}
