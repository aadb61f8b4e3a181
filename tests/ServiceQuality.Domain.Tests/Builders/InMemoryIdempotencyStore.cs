using System.Collections.Concurrent;
using ServiceQuality.Domain.Idempotency;

namespace ServiceQuality.Domain.Tests.Builders;

/// <summary>The idempotency port in memory: the first claim of a key wins, as the table's insert does.</summary>
public sealed class InMemoryIdempotencyStore : IIdempotencyStore
{
    private readonly ConcurrentDictionary<(string Scope, string Key), IdempotencyEntry> _entries = new();

    public Task<IdempotencyEntry?> TryClaimAsync(IdempotencyEntry entry, CancellationToken cancellationToken)
    {
        var stored = _entries.GetOrAdd((entry.Scope, entry.Key), entry);
        return Task.FromResult(ReferenceEquals(stored, entry) ? null : stored);
    }

    public Task<IdempotencyEntry?> FindAsync(string scope, string key, CancellationToken cancellationToken) =>
        Task.FromResult(_entries.GetValueOrDefault((scope, key)));
}
