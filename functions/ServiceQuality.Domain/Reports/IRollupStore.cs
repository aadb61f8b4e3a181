namespace ServiceQuality.Domain.Reports;

/// <summary>Where rollups are kept: one record per period ("2026-03" or "2026") and kind.</summary>
public interface IRollupStore
{
    /// <summary>Stores or replaces the rollup of its period and kind.</summary>
    Task SaveAsync(StoredRollup rollup, CancellationToken cancellationToken);

    Task<StoredRollup?> FindAsync(string period, string kind, CancellationToken cancellationToken);
}
