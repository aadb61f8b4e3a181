namespace ServiceQuality.Domain.Idempotency;

public interface IIdempotencyStore
{
    /// <summary>
    /// Claims the key for the entry's resource. Returns null when this call claimed it,
    /// or the entry that claimed it first.
    /// </summary>
    Task<IdempotencyEntry?> TryClaimAsync(IdempotencyEntry entry, CancellationToken cancellationToken);

    /// <summary>The entry that claimed the key, if any, without claiming it.</summary>
    Task<IdempotencyEntry?> FindAsync(string scope, string key, CancellationToken cancellationToken);
}
