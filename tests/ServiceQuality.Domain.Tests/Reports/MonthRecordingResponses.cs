using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Domain.Tests.Reports;

/// <summary>Passes reads on to another store and records which months' partitions were read.</summary>
public sealed class MonthRecordingResponses(ISurveyResponseStore inner) : ISurveyResponseStore
{
    public List<MonthKey> MonthsRead { get; } = [];

    public Task SaveAsync(SurveyResponse response, CancellationToken cancellationToken) => inner.SaveAsync(response, cancellationToken);

    public Task<Idempotency.IdempotencyEntry?> AddAsync(SurveyResponse response, Idempotency.IdempotencyEntry? claim, CancellationToken cancellationToken) =>
        inner.AddAsync(response, claim, cancellationToken);

    public Task<Idempotency.IdempotencyEntry?> FindClaimAsync(string surveyId, MonthKey month, string key, CancellationToken cancellationToken) =>
        inner.FindClaimAsync(surveyId, month, key, cancellationToken);

    public Task SetReviewAsync(IReadOnlyList<SurveyResponse> responses, string? review, CancellationToken cancellationToken) =>
        inner.SetReviewAsync(responses, review, cancellationToken);

    public Task DeleteAsync(SurveyResponse response, CancellationToken cancellationToken) => inner.DeleteAsync(response, cancellationToken);

    public Task<SurveyResponse?> FindAsync(string surveyId, MonthKey month, string responseId, CancellationToken cancellationToken) =>
        inner.FindAsync(surveyId, month, responseId, cancellationToken);

    public IAsyncEnumerable<SurveyResponse> ListMonthAsync(string surveyId, MonthKey month, CancellationToken cancellationToken)
    {
        MonthsRead.Add(month);
        return inner.ListMonthAsync(surveyId, month, cancellationToken);
    }
}
