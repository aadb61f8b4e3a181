using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Handlers.Security;

/// <summary>
/// A client address as a keyed hash of it and the Taipei day: enough to see one address send a burst within a day,
/// useless to learn the address or to follow it to another day. The address itself is never stored.
/// </summary>
public sealed class ClientKeys(IOptions<OpenResponseOptions> options, TimeProvider time)
{
    private readonly byte[] _key = string.IsNullOrEmpty(options.Value.SigningKey)
        ? RandomNumberGenerator.GetBytes(32)
        : Encoding.UTF8.GetBytes(options.Value.SigningKey);

    public string Of(string clientAddress)
    {
        var day = TaipeiTime.DateOf(time.GetUtcNow()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return "ip:" + WebEncoders.Base64UrlEncode(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"client|{day}|{clientAddress}")))[..22];
    }
}
