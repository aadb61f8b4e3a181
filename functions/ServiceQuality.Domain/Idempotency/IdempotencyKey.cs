using System.Security.Cryptography;
using System.Text;

namespace ServiceQuality.Domain.Idempotency;

/// <summary>The rules for a client-supplied idempotency key.</summary>
public static class IdempotencyKey
{
    public const string HeaderName = "Idempotency-Key";
    public const int MaxLength = 100;

    public static bool IsValid(string key) =>
        key.Length is > 0 and <= MaxLength && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');

    /// <summary>A stable fingerprint of the parts of a request that must match on a retry.</summary>
    public static string Fingerprint(IEnumerable<string?> parts)
    {
        var joined = string.Join('\u001f', parts.Select(p => p ?? "\u0000"));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(joined)));
    }
}
