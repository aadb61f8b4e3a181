namespace ServiceQuality.Domain.Localization;

/// <summary>The languages the citizen-facing texts are written in; zh-TW comes first.</summary>
public static class Language
{
    public const string TraditionalChinese = "zh-TW";
    public const string English = "en";

    public static IReadOnlyList<string> Supported { get; } = [TraditionalChinese, English];

    public static bool IsSupported(string? language) =>
        language is not null && Supported.Contains(language, StringComparer.OrdinalIgnoreCase);

    /// <summary>Maps a requested language to a supported one, falling back to zh-TW.</summary>
    public static string Normalise(string? language) =>
        language is not null && language.StartsWith("en", StringComparison.OrdinalIgnoreCase)
            ? English
            : TraditionalChinese;
}
