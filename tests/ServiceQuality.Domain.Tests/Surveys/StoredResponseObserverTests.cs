using ServiceQuality.Domain.Privacy;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Tests.Builders;
using Xunit;

namespace ServiceQuality.Domain.Tests.Surveys;

public sealed class StoredResponseObserverTests
{
    /// <summary>Fails its first call, as queueing a comment does when storage goes away right after the response is stored.</summary>
    private sealed class FailingOnce : IStoredResponseObserver
    {
        public List<string> Told { get; } = [];

        public Task StoredAsync(SurveyDefinition survey, SurveyResponse response, CancellationToken cancellationToken)
        {
            Told.Add(response.Id);
            return Told.Count == 1 ? throw new IOException("storage went away") : Task.CompletedTask;
        }
    }

    [Fact]
    public async Task A_retry_after_the_observers_failed_tells_them_of_the_stored_response_again()
    {
        var store = new InMemorySurveyResponses();
        var observer = new FailingOnce();
        var service = new SurveyResponseService(
            Definitions.Catalog, new SurveyResponseValidator(Definitions.Organisation), store, [observer], new PersonalDataMasker(), ManualClock.AtTaipei(2026, 3, 10));
        var submission = new SubmissionBuilder().With("comment", "櫃檯人員很親切").Build();

        await Assert.ThrowsAsync<IOException>(() => service.SubmitAsync("counter", submission, "retry-key-1", CancellationToken.None));
        var retry = await service.SubmitAsync("counter", submission, "retry-key-1", CancellationToken.None);

        var accepted = Assert.IsType<SubmitOutcome.Accepted>(retry);
        Assert.True(accepted.Replayed);
        Assert.Single(store.Responses);
        Assert.Equal([accepted.Response.Id, accepted.Response.Id], observer.Told);
    }
}
