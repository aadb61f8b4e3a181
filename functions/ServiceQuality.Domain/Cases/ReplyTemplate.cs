using System.Text;
using System.Text.RegularExpressions;
using ServiceQuality.Domain.Localization;

namespace ServiceQuality.Domain.Cases;

/// <summary>
/// A reply staff start from: a bilingual title to choose it by and a text with {{placeholders}}
/// (<see cref="ReplyTemplateValues"/>). Staff edit the filled text before sending it.
/// </summary>
public sealed partial class ReplyTemplate(string id, LocalizedText title, LocalizedText text)
{
    public string Id { get; } = id;

    public LocalizedText Title { get; } = title;

    public LocalizedText Text { get; } = text;

    public IReadOnlySet<string> Placeholders =>
        Text.Values.Values.SelectMany(v => Placeholder().Matches(v).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The text in <paramref name="language"/> with every placeholder filled.</summary>
    public string Render(string language, IReadOnlyDictionary<string, string> values)
    {
        var template = Text.Get(language);
        var result = new StringBuilder(template.Length);
        var last = 0;
        foreach (Match match in Placeholder().Matches(template))
        {
            var name = match.Groups[1].Value;
            if (!values.TryGetValue(name, out var value))
            {
                throw new ReplyTemplateException($"The reply template '{Id}' needs a value for '{name}'.");
            }
            result.Append(template, last, match.Index - last).Append(value);
            last = match.Index + match.Length;
        }
        return result.Append(template, last, template.Length - last).ToString();
    }

    [GeneratedRegex(@"\{\{([a-zA-Z]+)\}\}")]
    private static partial Regex Placeholder();
}
