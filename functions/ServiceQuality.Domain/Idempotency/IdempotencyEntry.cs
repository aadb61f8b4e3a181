namespace ServiceQuality.Domain.Idempotency;

/// <summary>
/// Records that a client's idempotency key produced a resource, with a fingerprint of the request
/// so that a key reused for a different request is refused rather than silently answered.
/// </summary>
public sealed record IdempotencyEntry(string Scope, string Key, string ResourceId, string Fingerprint, DateTimeOffset CreatedAt);
