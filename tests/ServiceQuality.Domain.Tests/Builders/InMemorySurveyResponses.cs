using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ServiceQuality.Domain.Comments;
using ServiceQuality.Domain.Idempotency;
using ServiceQuality.Domain.Invitations;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Domain.Tests.Builders;

/// <summary>Survey responses, queued comments and invitation claims in memory; a claim is first-wins, as the table insert is.</summary>
public sealed class InMemorySurveyResponses : ISurveyResponseStore, ICommentQueue, IInvitationClaimStore
{
    private readonly ConcurrentDictionary<string, SurveyResponse> _responses = new();
    private readonly ConcurrentDictionary<(string, string), InvitationClaim> _claims = new();
    private readonly ConcurrentDictionary<(string Survey, MonthKey Month, string Key), IdempotencyEntry> _keys = new();

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

    /// <summary>The claim and the response together, or neither, as the table transaction stores them.</summary>
    public async Task<IdempotencyEntry?> AddAsync(SurveyResponse response, IdempotencyEntry? claim, CancellationToken cancellationToken)
    {
        if (claim is not null)
        {
            var stored = _keys.GetOrAdd((response.SurveyId, response.Month, claim.Key), claim);
            if (!ReferenceEquals(stored, claim))
            {
                return stored;
            }
        }
        try
        {
            await SaveAsync(response, cancellationToken);
        }
        catch (IOException) when (claim is not null)
        {
            _keys.TryRemove((response.SurveyId, response.Month, claim.Key), out _);
            throw;
        }
        return null;
    }

    public Task<IdempotencyEntry?> FindClaimAsync(string surveyId, MonthKey month, string key, CancellationToken cancellationToken) =>
        Task.FromResult(_keys.GetValueOrDefault((surveyId, month, key)));

    public Task SetReviewAsync(IReadOnlyList<SurveyResponse> responses, string? review, CancellationToken cancellationToken)
    {
        foreach (var response in responses)
        {
            _responses[response.Id] = _responses[response.Id] with { Review = review };
        }
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
