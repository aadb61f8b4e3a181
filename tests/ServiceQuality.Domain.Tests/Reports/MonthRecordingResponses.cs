using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Domain.Tests.Reports;

/// <summary>Passes reads on to another store and records which months' partitions were read.</summary>
public sealed class MonthRecordingResponses(ISurveyResponseStore inner) : ISurveyResponseStore
{
    public List<MonthKey> MonthsRead { get; } = [];

    public Task SaveAsync(SurveyResponse response, CancellationToken cancellationToken) => inner.SaveAsync(response, cancellationToken);

    public Task DeleteAsync(SurveyResponse response, CancellationToken cancellationToken) => inner.DeleteAsync(response, cancellationToken);

    public Task<SurveyResponse?> FindAsync(string surveyId, MonthKey month, string responseId, CancellationToken cancellationToken) =>
        inner.FindAsync(surveyId, month, responseId, cancellationToken);

    public IAsyncEnumerable<SurveyResponse> ListMonthAsync(string surveyId, MonthKey month, CancellationToken cancellationToken)
    {
        MonthsRead.Add(month);
        return inner.ListMonthAsync(surveyId, month, cancellationToken);
    }
}
