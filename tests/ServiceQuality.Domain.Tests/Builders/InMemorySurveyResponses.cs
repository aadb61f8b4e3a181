using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ServiceQuality.Domain.Comments;
using ServiceQuality.Domain.Invitations;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Domain.Tests.Builders;

/// <summary>Survey responses, queued comments and invitation claims in memory; a claim is first-wins, as the table insert is.</summary>
public sealed class InMemorySurveyResponses : ISurveyResponseStore, ICommentQueue, IInvitationClaimStore
{
    private readonly ConcurrentDictionary<string, SurveyResponse> _responses = new();
    private readonly ConcurrentDictionary<(string, string), InvitationClaim> _claims = new();

    /// <summary>When set, the next save fails, as a storage outage would.</summary>
    public bool FailNextSave { get; set; }

    /// <summary>Runs between the response being stored and the claim, to stage a concurrent submission.</summary>
    public Func<Task>? BeforeClaim { get; set; }

    public IReadOnlyCollection<SurveyResponse> Responses => _responses.Values.ToList();

    public Task SaveAsync(SurveyResponse response, CancellationToken cancellationToken)
    {
        if (FailNextSave)
        {
            FailNextSave = false;
            throw new IOException("Storage is unavailable.");
        }
        _responses[response.Id] = response;
        return Task.CompletedTask;
    }

    public Task DeleteAsync(SurveyResponse response, CancellationToken cancellationToken)
    {
        _responses.TryRemove(response.Id, out _);
        return Task.CompletedTask;
    }

    public Task<SurveyResponse?> FindAsync(string surveyId, MonthKey month, string responseId, CancellationToken cancellationToken) =>
        Task.FromResult(_responses.GetValueOrDefault(responseId));

    public async IAsyncEnumerable<SurveyResponse> ListMonthAsync(string surveyId, MonthKey month, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var r in _responses.Values.Where(r => r.SurveyId == surveyId && r.Month == month))
        {
            yield return r;
        }
    }

    public Task EnqueueAsync(CommentToClassify message, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<InvitationClaim?> FindAsync(string surveyId, string tokenId, CancellationToken cancellationToken) =>
        Task.FromResult(_claims.GetValueOrDefault((surveyId, tokenId)));

    public async Task<bool> TryClaimAsync(InvitationClaim claim, CancellationToken cancellationToken)
    {
        if (BeforeClaim is { } before)
        {
            BeforeClaim = null;
            await before();
        }
        return _claims.TryAdd((claim.SurveyId, claim.TokenId), claim);
    }
}
