using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace ServiceQuality.Handlers.Staff;

/// <summary>
/// Anti-forgery for staff forms, stateless like the citizen forms': "issued.HMAC(issued, staff id)". The
/// sign-in is a cookie the browser sends with any request, so a post without this token, rendered for the same
/// person recently, may have been made by another site and is refused.
/// </summary>
public sealed class StaffForms(IOptions<StaffOptions> options, TimeProvider time)
{
    public const string TokenField = "staffFormToken";

    private readonly byte[] _key = StaffKeys.From(options.Value.SignInKey);

    /// <summary>The name of the hidden field that carries the token.</summary>
    public string FieldName => TokenField;

    public string TokenFor(StaffMember staff)
    {
        var issued = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"{issued}.{Sign(issued, staff.Id)}";
    }

    /// <summary>The hidden input to put inside every staff form.</summary>
    public string HiddenField(StaffMember staff) =>
        $"<input type=\"hidden\" name=\"{TokenField}\" value=\"{TokenFor(staff)}\">";

    public bool IsValid(IFormCollection form, StaffMember staff) => IsValidToken(form[TokenField].ToString(), staff);

    /// <summary>The same check on fields read by FormBody.</summary>
    public bool IsValid(IReadOnlyDictionary<string, string?> fields, StaffMember staff) => IsValidToken(fields.GetValueOrDefault(TokenField), staff);

    /// <summary>The check on a token read some other way (a form with repeated fields).</summary>
    public bool IsValidToken(string? token, StaffMember staff)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 200 || token.Split('.') is not [var issued, var signature]
            || !long.TryParse(issued, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }
        var age = time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(Math.Min(seconds, DateTimeOffset.MaxValue.ToUnixTimeSeconds()));
        // A minute of clock skew between instances is tolerated.
        if (age > options.Value.FormTokenLifetime || age < TimeSpan.FromMinutes(-1))
        {
            return false;
        }
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(issued, staff.Id)), Encoding.ASCII.GetBytes(signature));
    }

    private string Sign(string issued, string staffId) =>
        WebEncoders.Base64UrlEncode(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"staff-form|{issued}|{staffId.ToLowerInvariant()}")));
}
