using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using ServiceQuality.Domain.Localization;

namespace ServiceQuality.Domain.Email;

/// <summary>
/// One bilingual e-mail: subject, plain text and HTML, with {{placeholders}}. Every value inserted into the
/// HTML body is HTML-encoded, since most values (a subject, a reply, a name) come from citizens or staff.
/// </summary>
public sealed partial class EmailTemplate(string kind, LocalizedText subject, LocalizedText text, LocalizedText html)
{
    // Chinese stays readable in the HTML source; only markup characters are escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public string Kind { get; } = kind;

    public LocalizedText Subject { get; } = subject;

    public LocalizedText Text { get; } = text;

    public LocalizedText Html { get; } = html;

    /// <summary>The placeholders the template uses, in any language and part.</summary>
    public IReadOnlySet<string> Placeholders =>
        new[] { Subject, Text, Html }.SelectMany(t => t.Values.Values).SelectMany(v => Placeholder().Matches(v).Select(m => m.Groups[1].Value)).ToHashSet();

    public (string Subject, string Text, string Html) Render(string language, IReadOnlyDictionary<string, string> values) => (
        // A header holds one line: a line break in a value must not start another header.
        Fill(Subject.Get(language), values, v => v.ReplaceLineEndings(" ")),
        Fill(Text.Get(language), values, v => v),
        Fill(Html.Get(language), values, v => Encoder.Encode(v).Replace("&#xA;", "<br>", StringComparison.Ordinal)));

    private string Fill(string template, IReadOnlyDictionary<string, string> values, Func<string, string> encode)
    {
        var result = new StringBuilder(template.Length);
        var last = 0;
        foreach (Match match in Placeholder().Matches(template))
        {
            var name = match.Groups[1].Value;
            if (!values.TryGetValue(name, out var value))
            {
                throw new EmailTemplateException($"The {Kind} e-mail needs a value for '{name}'.");
            }
            result.Append(template, last, match.Index - last).Append(encode(value));
            last = match.Index + match.Length;
        }
        return result.Append(template, last, template.Length - last).ToString();
    }

    [GeneratedRegex(@"\{\{([a-zA-Z]+)\}\}")]
    private static partial Regex Placeholder();
}
