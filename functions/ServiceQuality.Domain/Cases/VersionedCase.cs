namespace ServiceQuality.Domain.Cases;

/// <summary>A case with the storage version it was read at, so a concurrent change is detected rather than overwritten.</summary>
public sealed record VersionedCase(Case Case, string Version);
