using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using ServiceQuality.Domain.Kiosks;

namespace ServiceQuality.Handlers.Security;

/// <summary>
/// Kiosk credentials: "kiosk.{device}.{generation}.{HMAC}", signed with a key only the app holds. A credential is
/// valid while its device is provisioned at that generation and not revoked; the device record is read at most once a
/// minute per instance, so a revocation takes effect within a minute and a kiosk response costs no extra read.
/// </summary>
public sealed class KioskTokens(IOptions<OpenResponseOptions> options, IKioskDeviceStore devices, TimeProvider time)
{
    public const string HeaderName = "X-Kiosk-Token";
    public const string FieldName = "kioskToken";
    public const int MaxDeviceIdLength = 64;
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);

    private readonly byte[] _key = string.IsNullOrEmpty(options.Value.KioskSigningKey)
        ? RandomNumberGenerator.GetBytes(32)
        : Encoding.UTF8.GetBytes(options.Value.KioskSigningKey);

    private readonly ConcurrentDictionary<string, (KioskDevice? Device, DateTimeOffset ReadAt)> _cache = new(StringComparer.Ordinal);

    public static bool IsValidDeviceId(string? id) =>
        id is { Length: > 0 and <= MaxDeviceIdLength } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>Provisions the device anew: a credential of the next generation, which retires any earlier one.</summary>
    public async Task<string> MintAsync(string deviceId, string unitId, CancellationToken cancellationToken)
    {
        var earlier = await devices.FindAsync(deviceId, cancellationToken);
        var device = new KioskDevice(deviceId, unitId, (earlier?.Generation ?? 0) + 1, false, time.GetUtcNow());
        await devices.SaveAsync(device, cancellationToken);
        _cache[deviceId] = (device, time.GetUtcNow());
        var generation = device.Generation.ToString(CultureInfo.InvariantCulture);
        return $"kiosk.{deviceId}.{generation}.{Sign(deviceId, generation)}";
    }

    /// <summary>Revokes the device's credential; false when no such device was provisioned.</summary>
    public async Task<bool> RevokeAsync(string deviceId, CancellationToken cancellationToken)
    {
        if (await devices.FindAsync(deviceId, cancellationToken) is not { } device)
        {
            return false;
        }
        var revoked = device with { Revoked = true, ChangedAt = time.GetUtcNow() };
        await devices.SaveAsync(revoked, cancellationToken);
        _cache[deviceId] = (revoked, time.GetUtcNow());
        return true;
    }

    /// <summary>The device a credential belongs to; null when forged, retired or revoked.</summary>
    public async Task<KioskDevice?> ReadAsync(string? token, CancellationToken cancellationToken)
    {
        if (token is null || token.Length > 200 || token.Split('.') is not ["kiosk", var deviceId, var generation, var signature]
            || !IsValidDeviceId(deviceId)
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(deviceId, generation)), Encoding.ASCII.GetBytes(signature)))
        {
            return null;
        }
        var device = await DeviceAsync(deviceId, cancellationToken);
        return device is { Revoked: false } && device.Generation.ToString(CultureInfo.InvariantCulture) == generation ? device : null;
    }

    private async Task<KioskDevice?> DeviceAsync(string deviceId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(deviceId, out var cached) && now - cached.ReadAt < CacheFor)
        {
            return cached.Device;
        }
        var device = await devices.FindAsync(deviceId, cancellationToken);
        _cache[deviceId] = (device, now);
        return device;
    }

    private string Sign(string deviceId, string generation) =>
        WebEncoders.Base64UrlEncode(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"kiosk|{deviceId}|{generation}")));
}
