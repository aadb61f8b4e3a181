namespace ServiceQuality.Handlers.Http.Staff;

/// <summary>
/// Reading a staff form's fields, one value per name as FormBody reads them: the pages therefore never rely on a
/// repeated field, and give each checkbox its own name.
/// </summary>
public static class StaffFormFields
{
    /// <summary>The trimmed value of the field, empty when it is missing.</summary>
    public static string Value(this IReadOnlyDictionary<string, string?> fields, string name) => fields.GetValueOrDefault(name)?.Trim() ?? "";

    /// <summary>The non-empty values of the fields named <paramref name="prefix"/> and anything after it (checkboxes "case-0", "case-1"…).</summary>
    public static IReadOnlySet<string> ValuesOf(this IReadOnlyDictionary<string, string?> fields, string prefix) =>
        fields.Where(f => f.Key.StartsWith(prefix, StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(f.Value))
            .Select(f => f.Value!.Trim()).ToHashSet(StringComparer.Ordinal);
}
