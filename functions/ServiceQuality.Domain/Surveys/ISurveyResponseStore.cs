using ServiceQuality.Domain.Idempotency;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Domain.Surveys;

/// <summary>Where survey responses are kept, partitioned by survey and Taipei calendar month.</summary>
public interface ISurveyResponseStore
{
    /// <summary>Stores the response; storing the same response again leaves one record.</summary>
    Task SaveAsync(SurveyResponse response, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a new response, and with it the claim of its idempotency key, both or neither: a keyed response's id is
    /// derived from its key (<see cref="KeyedResponseId"/>), so the response is the claim and one insert writes both.
    /// Returns null when stored, or the claim that an earlier request made with the same key (and nothing is written).
    /// </summary>
    Task<IdempotencyEntry?> AddAsync(SurveyResponse response, IdempotencyEntry? claim, CancellationToken cancellationToken);

    /// <summary>The claim of an idempotency key in one survey's month, if any.</summary>
    Task<IdempotencyEntry?> FindClaimAsync(string surveyId, MonthKey month, string key, CancellationToken cancellationToken);

    /// <summary>Sets the review state of responses of one survey and month (null: counted as given).</summary>
    Task SetReviewAsync(IReadOnlyList<SurveyResponse> responses, string? review, CancellationToken cancellationToken);

    /// <summary>Removes a response stored by a submission that then lost its claim on an invitation; absent is fine.</summary>
    Task DeleteAsync(SurveyResponse response, CancellationToken cancellationToken);

    Task<SurveyResponse?> FindAsync(string surveyId, MonthKey month, string responseId, CancellationToken cancellationToken);

    /// <summary>Every response to one survey in one month, quarantined ones included; reads that month's partition only.</summary>
    IAsyncEnumerable<SurveyResponse> ListMonthAsync(string surveyId, MonthKey month, CancellationToken cancellationToken);
}
