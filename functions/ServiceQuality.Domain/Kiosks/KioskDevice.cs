namespace ServiceQuality.Domain.Kiosks;

/// <summary>
/// A survey kiosk the counter system provisioned. Only a credential of the current <paramref name="Generation"/> is
/// valid, so minting a new one retires the old, and a revoked device has none.
/// </summary>
public sealed record KioskDevice(string DeviceId, string UnitId, int Generation, bool Revoked, DateTimeOffset ChangedAt);
