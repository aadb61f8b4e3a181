using System.Collections.Concurrent;
using ServiceQuality.Domain.ResponseRates;
using ServiceQuality.Domain.SurveyTokens;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Domain.Tests.Builders;

/// <summary>Transaction links and response-rate counters in memory; a delete reports whether it removed the link, as the table's does.</summary>
public sealed class InMemorySurveyTokenStores : ITransactionLinkStore, IResponseRateCounterStore
{
    private readonly ConcurrentDictionary<(string, string), TransactionLink> _links = new();
    private readonly ConcurrentDictionary<(MonthKey, string, string, string, string), long> _counters = new();

    public IReadOnlyCollection<TransactionLink> Links => _links.Values.ToList();

    public Task SaveAsync(TransactionLink link, CancellationToken cancellationToken)
    {
        _links[(link.SurveyId, link.TokenId)] = link;
        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(string surveyId, string tokenId, CancellationToken cancellationToken) =>
        Task.FromResult(_links.TryRemove((surveyId, tokenId), out _));

    public Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var expired = _links.Where(l => l.Value.ExpiresAt < now).Select(l => l.Key).ToList();
        return Task.FromResult(expired.Count(key => _links.TryRemove(key, out _)));
    }

    public Task<TransactionLink?> FindAsync(string surveyId, string tokenId, CancellationToken cancellationToken) =>
        Task.FromResult(_links.GetValueOrDefault((surveyId, tokenId)));

    public Task IncrementAsync(MonthKey month, string kind, string surveyId, string unit, string channel, CancellationToken cancellationToken)
    {
        _counters.AddOrUpdate((month, kind, surveyId, unit, channel), 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<RateCount>> ListMonthAsync(MonthKey month, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RateCount>>(_counters.Where(c => c.Key.Item1 == month)
            .Select(c => new RateCount(c.Key.Item2, c.Key.Item3, c.Key.Item4, c.Key.Item5, c.Value)).ToList());
}
