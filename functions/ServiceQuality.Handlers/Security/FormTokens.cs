using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace ServiceQuality.Handlers.Security;

/// <summary>
/// Anti-forgery for the citizen forms without server-side state, so it works the same on any number of
/// instances: the form carries "issued.HMAC(issued, idempotency key)". A post without a valid, unexpired
/// token for its own key was not made from a form this site rendered recently.
/// </summary>
public sealed class FormTokens(IOptions<FormProtectionOptions> options, TimeProvider time)
{
    public const string FieldName = "formToken";

    private readonly byte[] _key = string.IsNullOrEmpty(options.Value.SigningKey)
        ? RandomNumberGenerator.GetBytes(32)
        : Encoding.UTF8.GetBytes(options.Value.SigningKey);

    public string Issue(string idempotencyKey)
    {
        var issued = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"{issued}.{Sign(issued, idempotencyKey)}";
    }

    public bool IsValid(string? idempotencyKey, string? token)
    {
        if (string.IsNullOrEmpty(idempotencyKey) || string.IsNullOrEmpty(token) || token.Length > 200
            || token.Split('.') is not [var issued, var signature]
            || !long.TryParse(issued, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }
        var age = time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(Math.Min(seconds, DateTimeOffset.MaxValue.ToUnixTimeSeconds()));
        // A minute of clock skew between instances is tolerated.
        if (age > options.Value.TokenLifetime || age < TimeSpan.FromMinutes(-1))
        {
            return false;
        }
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(issued, idempotencyKey)), Encoding.ASCII.GetBytes(signature));
    }

    private string Sign(string issued, string idempotencyKey) =>
        WebEncoders.Base64UrlEncode(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"form|{issued}|{idempotencyKey}")));
}
