using System.Text.RegularExpressions;

namespace ServiceQuality.ModelRegistry;

/// <summary>
/// Model names are lower-case kebab-case. They become blob path segments and file names, so anything
/// else (slashes, dots, spaces) is refused before it can reach storage.
/// </summary>
public static partial class ModelNameRules
{
    public const int MaximumLength = 63;

    public static bool IsValid(string? name) =>
        !string.IsNullOrEmpty(name) && name.Length <= MaximumLength && KebabCase().IsMatch(name);

    public static void Validate(string? name)
    {
        if (!IsValid(name))
        {
            throw new ArgumentException(
                $"'{name}' is not a model name: use lower-case letters, digits and single hyphens (kebab-case), at most {MaximumLength} characters.",
                nameof(name));
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KebabCase();
}
