using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace ServiceQuality.Handlers.Staff;

/// <summary>
/// The development sign-in's cookie: "id.expires.HMAC(id, expires)" with Staff:SignInKey. Nothing is kept on
/// the server; a changed or expired cookie is simply not a sign-in. Honoured only in Development (StaffIdentity).
/// </summary>
public sealed class StaffSessionCookie(IOptions<StaffOptions> options, TimeProvider time)
{
    public const string Name = "sq-staff";

    private readonly byte[] _key = StaffKeys.From(options.Value.SignInKey);

    public void Issue(HttpResponse response, string staffId, bool secure)
    {
        var expires = time.GetUtcNow() + options.Value.SignInLifetime;
        var encodedId = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(staffId));
        var seconds = expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        response.Cookies.Append(Name, $"{encodedId}.{seconds}.{Sign(encodedId, seconds)}", new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = secure,
            Path = "/",
            Expires = expires,
            IsEssential = true,
        });
    }

    public static void Clear(HttpResponse response) =>
        response.Cookies.Delete(Name, new CookieOptions { Path = "/", HttpOnly = true, SameSite = SameSiteMode.Lax });

    /// <summary>The staff id the cookie vouches for, or null when it is missing, altered or expired.</summary>
    public string? Read(HttpRequest request)
    {
        if (!request.Cookies.TryGetValue(Name, out var value) || string.IsNullOrEmpty(value) || value.Length > 1_000
            || value.Split('.') is not [var encodedId, var seconds, var signature]
            || !long.TryParse(seconds, NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
        {
            return null;
        }
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(encodedId, seconds)), Encoding.ASCII.GetBytes(signature)))
        {
            return null;
        }
        if (DateTimeOffset.FromUnixTimeSeconds(Math.Min(expires, DateTimeOffset.MaxValue.ToUnixTimeSeconds())) <= time.GetUtcNow())
        {
            return null;
        }
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(encodedId));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private string Sign(string encodedId, string seconds) =>
        WebEncoders.Base64UrlEncode(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"staff-session|{encodedId}|{seconds}")));
}
