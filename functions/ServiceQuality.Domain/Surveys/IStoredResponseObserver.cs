namespace ServiceQuality.Domain.Surveys;

/// <summary>
/// Told of a new response once it is stored and before it is acknowledged, so that work built on responses (the
/// classification of comments) is started without Surveys knowing it. A failure fails the submission, which the
/// client retries. A retry is answered from the stored response and tells the observers again, since the first
/// attempt may have stored the response and failed before they ran: observers must be idempotent.
/// </summary>
public interface IStoredResponseObserver
{
    Task StoredAsync(SurveyDefinition survey, SurveyResponse response, CancellationToken cancellationToken);
}
