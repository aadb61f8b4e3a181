using System.Globalization;
using ServiceQuality.Domain.Time;
using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Handlers.Pages;

/// <summary>
/// What the staff form shows: the values sent back with their errors, or the defaults of a new test.
/// <paramref name="Code"/> is the function key from the page's query string, carried into the form's action.
/// </summary>
public sealed record EtiquetteTestFormState(string IdempotencyKey, string? Code, IReadOnlyDictionary<string, string?> Values, ValidationErrors Errors)
{
    /// <summary>The datetime-local format: a Taipei wall-clock time to the minute.</summary>
    public const string DateTimeLocalFormat = "yyyy-MM-dd'T'HH:mm";

    /// <summary>A new test tested now, by the signed-in tester when known.</summary>
    public static EtiquetteTestFormState Fresh(DateTimeOffset now, string? tester, string? code) => new(
        Guid.NewGuid().ToString("N"),
        code,
        new Dictionary<string, string?>
        {
            ["testedAt"] = TaipeiTime.ToTaipei(now).ToString(DateTimeLocalFormat, CultureInfo.InvariantCulture),
            ["tester"] = tester,
        },
        new ValidationErrors());

    public string? Value(string field) => Values.GetValueOrDefault(field);
}
