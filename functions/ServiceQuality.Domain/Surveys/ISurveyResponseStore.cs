using ServiceQuality.Domain.Time;

namespace ServiceQuality.Domain.Surveys;

/// <summary>Where survey responses are kept, partitioned by survey and Taipei calendar month.</summary>
public interface ISurveyResponseStore
{
    /// <summary>Stores the response; storing the same response again leaves one record.</summary>
    Task SaveAsync(SurveyResponse response, CancellationToken cancellationToken);

    /// <summary>Removes a response stored by a submission that then lost its claim on an invitation; absent is fine.</summary>
    Task DeleteAsync(SurveyResponse response, CancellationToken cancellationToken);

    Task<SurveyResponse?> FindAsync(string surveyId, MonthKey month, string responseId, CancellationToken cancellationToken);

    /// <summary>Every response to one survey in one month; reads that month's partition only.</summary>
    IAsyncEnumerable<SurveyResponse> ListMonthAsync(string surveyId, MonthKey month, CancellationToken cancellationToken);
}
