namespace ServiceQuality.Domain.Cases;

public interface ICaseStore
{
    /// <summary>
    /// Numbers and stores a new case in one atomic step, so numbers have neither gaps nor duplicates.
    /// With an idempotency key already used, returns the case it created (Replayed) instead of a new one;
    /// a key used for a different complaint returns null.
    /// </summary>
    Task<(Case Case, bool Replayed)?> CreateAsync(CaseDraft draft, string? idempotencyKey, CancellationToken cancellationToken);

    Task<VersionedCase?> FindAsync(CaseNumber number, CancellationToken cancellationToken);

    /// <summary>Replaces the case if it is still at <paramref name="version"/>; otherwise throws <see cref="CaseConflictException"/>.</summary>
    Task<string> ReplaceAsync(Case updated, string version, CancellationToken cancellationToken);

    IAsyncEnumerable<Case> ListYearAsync(int year, CancellationToken cancellationToken);
}
