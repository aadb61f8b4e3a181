using ServiceQuality.Domain.Time;

namespace ServiceQuality.Domain.Comments;

public interface ISurveyCommentStore
{
    /// <summary>Stores or replaces the comment; handling the same message twice leaves one record.</summary>
    Task UpsertAsync(SurveyComment comment, CancellationToken cancellationToken);

    Task<SurveyComment?> FindAsync(string surveyId, string month, string responseId, string questionId, CancellationToken cancellationToken);

    IAsyncEnumerable<SurveyComment> ListMonthAsync(string surveyId, MonthKey month, CancellationToken cancellationToken);
}
