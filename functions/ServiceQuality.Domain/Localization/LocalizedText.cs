namespace ServiceQuality.Domain.Localization;

/// <summary>A text in each supported language, keyed by language tag.</summary>
public sealed class LocalizedText(IReadOnlyDictionary<string, string> values)
{
    public IReadOnlyDictionary<string, string> Values { get; } = values;

    public string this[string language] => Get(language);

    /// <summary>The text in the requested language, or the zh-TW text when that language is missing.</summary>
    public string Get(string language) =>
        Values.TryGetValue(Language.Normalise(language), out var text) ? text
        : Values.TryGetValue(Language.TraditionalChinese, out var zh) ? zh
        : Values.Values.FirstOrDefault() ?? string.Empty;

    public bool IsComplete => Language.Supported.All(l => Values.TryGetValue(l, out var v) && !string.IsNullOrWhiteSpace(v));

    public static LocalizedText Of(string zhTw, string en) =>
        new(new Dictionary<string, string> { [Language.TraditionalChinese] = zhTw, [Language.English] = en });
}
