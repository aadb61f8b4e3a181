using System.Globalization;
using ServiceQuality.Domain.Time;
using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Handlers.Pages;

/// <summary>
/// What the staff form shows: the values sent back with their errors, or the defaults of a new test. The tester
/// is always the signed-in person.
/// </summary>
public sealed record EtiquetteTestFormState(string IdempotencyKey, IReadOnlyDictionary<string, string?> Values, ValidationErrors Errors)
{
    /// <summary>The datetime-local format: a Taipei wall-clock time to the minute.</summary>
    public const string DateTimeLocalFormat = "yyyy-MM-dd'T'HH:mm";

    /// <summary>A new test tested now.</summary>
    public static EtiquetteTestFormState Fresh(DateTimeOffset now) => new(
        Guid.NewGuid().ToString("N"),
        new Dictionary<string, string?>
        {
            ["testedAt"] = TaipeiTime.ToTaipei(now).ToString(DateTimeLocalFormat, CultureInfo.InvariantCulture),
        },
        new ValidationErrors());

    public string? Value(string field) => Values.GetValueOrDefault(field);
}
