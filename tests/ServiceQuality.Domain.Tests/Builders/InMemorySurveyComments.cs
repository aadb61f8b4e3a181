using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ServiceQuality.Domain.Comments;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Domain.Tests.Builders;

/// <summary>The survey-comment port in memory, keyed as the table is.</summary>
public sealed class InMemorySurveyComments : ISurveyCommentStore
{
    private readonly ConcurrentDictionary<(string, string, string, string), SurveyComment> _comments = new();

    public Task UpsertAsync(SurveyComment comment, CancellationToken cancellationToken)
    {
        _comments[(comment.SurveyId, comment.Month, comment.ResponseId, comment.QuestionId)] = comment;
        return Task.CompletedTask;
    }

    public Task<SurveyComment?> FindAsync(string surveyId, string month, string responseId, string questionId, CancellationToken cancellationToken) =>
        Task.FromResult(_comments.GetValueOrDefault((surveyId, month, responseId, questionId)));

    public async IAsyncEnumerable<SurveyComment> ListMonthAsync(string surveyId, MonthKey month, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var comment in _comments.Values.Where(c => c.SurveyId == surveyId && c.Month == month.ToString()))
        {
            yield return comment;
        }
    }
}
