using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Handlers.Pages;

/// <summary>What the form shows: the citizen's earlier answers and errors when a post is sent back.</summary>
public sealed record SurveyFormState(
    string IdempotencyKey,
    string? Channel,
    string? UnitId,
    IReadOnlyDictionary<string, string> Values,
    ValidationErrors Errors,
    string? Token = null)
{
    /// <summary>The anti-forgery token bound to <see cref="IdempotencyKey"/>, issued by the endpoint.</summary>
    public string? FormToken { get; init; }

    public static SurveyFormState Fresh(string? channel) =>
        new(Guid.NewGuid().ToString("N"), channel, null, new Dictionary<string, string>(), new ValidationErrors());
}
