namespace ServiceQuality.Domain.Idempotency;

public interface IIdempotencyStore
{
    /// <summary>
    /// Claims the key for the entry's resource. Returns null when this call claimed it,
    /// or the entry that claimed it first.
    /// </summary>
    Task<IdempotencyEntry?> TryClaimAsync(IdempotencyEntry entry, CancellationToken cancellationToken);
}
