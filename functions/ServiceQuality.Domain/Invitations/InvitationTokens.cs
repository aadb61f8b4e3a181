using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ServiceQuality.Domain.Localization;

namespace ServiceQuality.Domain.Invitations;

/// <summary>
/// Issues and reads invitation tokens: a base64url JSON payload and its HMAC-SHA256, joined by a dot.
/// The token id is derived from the case with the same key, so re-sending a case's invitation never
/// allows a second response, and the id reveals nothing about the case.
/// </summary>
public sealed class InvitationTokens(InvitationOptions options, TimeProvider time)
{
    private const int MaxLength = 2048;
    private readonly byte[] _key = Encoding.UTF8.GetBytes(options.SigningKey);

    public InvitationToken Issue(string surveyId, string caseReference, string? unitId, string? category, string language)
    {
        var id = Convert.ToHexString(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"invitation:{surveyId}:{caseReference}")))[..32].ToLowerInvariant();
        var expires = time.GetUtcNow().AddDays(options.ExpiryDays);
        return new InvitationToken(id, surveyId, unitId, category, Language.Normalise(language), DateTimeOffset.FromUnixTimeSeconds(expires.ToUnixTimeSeconds()));
    }

    /// <summary>
    /// A token for one served transaction. Its id is random, not derived from the transaction, so once the link kept
    /// apart is deleted nothing leads from the transaction to the response.
    /// </summary>
    public InvitationToken IssueForTransaction(string surveyId, string unitId, string channel, string language, int expiryDays)
    {
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        var expires = time.GetUtcNow().AddDays(expiryDays);
        return new InvitationToken(id, surveyId, unitId, null, Language.Normalise(language), DateTimeOffset.FromUnixTimeSeconds(expires.ToUnixTimeSeconds()), channel);
    }

    public string Encode(InvitationToken token)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(new Payload(token.Id, token.SurveyId, token.UnitId, token.Category, token.Language, token.ExpiresAt.ToUnixTimeSeconds(), token.Channel));
        var body = Base64Url(payload);
        return $"{body}.{Base64Url(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(body)))}";
    }

    /// <summary>The token if it is well formed, signed with this key, for this survey and not expired.</summary>
    public (InvitationToken? Token, InvitationProblem? Problem) Read(string? text, string surveyId)
    {
        if (string.IsNullOrEmpty(text))
        {
            return (null, InvitationProblem.Missing);
        }
        var parts = text.Split('.');
        if (text.Length > MaxLength || parts.Length != 2 || !TryDecode(parts[0], out var payloadBytes) || !TryDecode(parts[1], out var signature))
        {
            return (null, InvitationProblem.Malformed);
        }
        var expected = HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(parts[0]));
        if (!CryptographicOperations.FixedTimeEquals(expected, signature))
        {
            return (null, InvitationProblem.Forged);
        }
        Payload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<Payload>(payloadBytes);
        }
        catch (JsonException)
        {
            return (null, InvitationProblem.Malformed);
        }
        if (payload is null || string.IsNullOrEmpty(payload.Id) || payload.Survey != surveyId)
        {
            // Correctly signed for another survey: not this survey's invitation.
            return (null, InvitationProblem.Forged);
        }
        var token = new InvitationToken(payload.Id, payload.Survey, payload.Unit, payload.Category, Language.Normalise(payload.Language),
            DateTimeOffset.FromUnixTimeSeconds(payload.Expires), payload.Channel);
        return time.GetUtcNow() >= token.ExpiresAt ? (null, InvitationProblem.Expired) : (token, null);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length == 0 || text.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            return false;
        }
        var padded = text.Replace('-', '+').Replace('_', '/').PadRight(text.Length + (4 - text.Length % 4) % 4, '=');
        try
        {
            bytes = Convert.FromBase64String(padded);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private sealed record Payload(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("s")] string Survey,
        [property: JsonPropertyName("u")] string? Unit,
        [property: JsonPropertyName("c")] string? Category,
        [property: JsonPropertyName("l")] string Language,
        [property: JsonPropertyName("exp")] long Expires,
        [property: JsonPropertyName("ch"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Channel = null);
}
