using System.Security.Cryptography;
using System.Text;
using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Invitations;
using ServiceQuality.Domain.Localization;

namespace ServiceQuality.Domain.Email;

/// <summary>
/// Signed links about one case. The status token lets whoever holds it read the case's status (a case number alone
/// is guessable); the confirmation token, sent only by e-mail, proves that the address receives mail. Both are
/// HMAC-SHA256 of the case (and address) under the invitation signing key, each with its own purpose prefix, so one
/// cannot stand in for the other.
/// </summary>
public sealed class CaseStatusLinks(InvitationOptions options)
{
    public const string StatusPath = "/complaints/status";
    public const string ConfirmPath = "/complaints/confirm";

    private const int TokenBytes = 16;
    private readonly byte[] _key = Encoding.UTF8.GetBytes(options.SigningKey);

    public string StatusToken(CaseNumber number) => Sign($"case-status:{number}");

    public bool IsStatusToken(CaseNumber number, string? token) => Matches(StatusToken(number), token);

    public string ConfirmationToken(CaseNumber number, string email) => Sign($"email-confirm:{number}:{Normalise(email)}");

    public bool IsConfirmationToken(CaseNumber number, string email, string? token) => Matches(ConfirmationToken(number, email), token);

    /// <summary>
    /// A recipient's address as stored with its confirmation and daily count: keyed, so the table holds no address
    /// and a guessed address cannot be looked up without the key.
    /// </summary>
    public string RecipientKey(string email) => Sign($"recipient:{Normalise(email)}");

    /// <summary>The status page of the case, relative to the site, in the citizen's language.</summary>
    public string StatusPathOf(CaseNumber number, string language) =>
        $"{StatusPath}?case={number}&token={StatusToken(number)}{LanguageQuery(language)}";

    /// <summary>The status page link an e-mail carries; with the address, it also offers to confirm that address.</summary>
    public string StatusLink(CaseNumber number, string language, string? email = null) =>
        $"{options.PublicBaseUrl.TrimEnd('/')}{StatusPathOf(number, language)}"
        + (email is null ? "" : $"&confirm={ConfirmationToken(number, email)}");

    public static string Normalise(string email) => email.Trim().ToLowerInvariant();

    private static string LanguageQuery(string language) => Language.Normalise(language) == Language.English ? "&lang=en" : "";

    private string Sign(string purpose) =>
        Convert.ToBase64String(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(purpose)).AsSpan(0, TokenBytes))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool Matches(string expected, string? given) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(given));
}
