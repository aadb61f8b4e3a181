using System.Security.Cryptography;
using System.Text;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Domain.Surveys;

/// <summary>
/// The id of a response sent with an idempotency key, derived from the survey, the month and the key. A retry
/// derives the same id, so the response row is its own claim of the key: one single-entity insert stores a new
/// response, and the insert that finds the row taken tells a retry from a first request. A separate claim row would
/// need an entity-group transaction, which costs Azure Table storage and Azurite about twice a single insert.
/// </summary>
public static class KeyedResponseId
{
    /// <summary>The scope of a survey's idempotency keys: a key is the client's within one survey.</summary>
    public static string Scope(string surveyId) => $"survey-response:{surveyId}";

    public static string For(string surveyId, MonthKey month, string idempotencyKey)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"survey-response\u001f{surveyId}\u001f{month}\u001f{idempotencyKey}"));
        // 128 bits written like the other response ids (a Guid's 32 lower-case hex digits).
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
