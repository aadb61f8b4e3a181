using ServiceQuality.Domain.Localization;

namespace ServiceQuality.Domain.Validation;

/// <summary>The failing fields of one request, collected so that every problem is reported at once.</summary>
public sealed class ValidationErrors
{
    private readonly List<ValidationError> _errors = [];

    public IReadOnlyList<ValidationError> All => _errors;

    public bool IsEmpty => _errors.Count == 0;

    public ValidationErrors Add(string field, string zhTw, string en)
    {
        _errors.Add(new ValidationError(field, LocalizedText.Of(zhTw, en)));
        return this;
    }

    public bool Has(string field) => _errors.Any(e => e.Field == field);

    /// <summary>Field → messages in one language, the shape of RFC 7807 validation problem details.</summary>
    public IDictionary<string, string[]> ToDictionary(string language) =>
        _errors.GroupBy(e => e.Field)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message.Get(language)).ToArray());
}
