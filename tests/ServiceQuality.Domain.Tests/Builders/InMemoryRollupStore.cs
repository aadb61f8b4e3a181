using System.Collections.Concurrent;
using ServiceQuality.Domain.Reports;

namespace ServiceQuality.Domain.Tests.Builders;

/// <summary>The rollup port in memory; counts the saves so a test can tell a stored rollup from a recomputed one.</summary>
public sealed class InMemoryRollupStore : IRollupStore
{
    private readonly ConcurrentDictionary<(string Period, string Kind), StoredRollup> _rollups = new();

    public int Saves { get; private set; }

    public IReadOnlyDictionary<(string Period, string Kind), StoredRollup> All => _rollups;

    public Task SaveAsync(StoredRollup rollup, CancellationToken cancellationToken)
    {
        _rollups[(rollup.Period, rollup.Kind)] = rollup;
        Saves++;
        return Task.CompletedTask;
    }

    public Task<StoredRollup?> FindAsync(string period, string kind, CancellationToken cancellationToken) =>
        Task.FromResult(_rollups.GetValueOrDefault((period, kind)));
}
