using System.Text.RegularExpressions;

namespace ServiceQuality.Integration.Tests.Documentation;

/// <summary>A relative link in a Markdown file: the file it names (resolved from the linking file) and its anchor.</summary>
public sealed partial record MarkdownLink(string Source, string Target, string Path, string? Anchor)
{
    /// <summary>The links of a file that point inside the repository; web, mail and same-page links are left out.</summary>
    public static IEnumerable<MarkdownLink> In(string file)
    {
        var text = FencedCode().Replace(File.ReadAllText(file), "");
        foreach (Match match in InlineLink().Matches(text))
        {
            var target = match.Groups["target"].Value;
            if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal) || target.StartsWith('#'))
            {
                continue;
            }
            var hash = target.IndexOf('#', StringComparison.Ordinal);
            var relative = hash < 0 ? target : target[..hash];
            var anchor = hash < 0 ? null : target[(hash + 1)..];
            yield return new MarkdownLink(file, target, System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(file)!, relative)), anchor);
        }
    }

    /// <summary>The anchors GitHub gives a file's headings: lower case, punctuation dropped, spaces as hyphens.</summary>
    public static HashSet<string> Anchors(string file) =>
        Heading().Matches(FencedCode().Replace(File.ReadAllText(file), ""))
            .Select(m => AnchorPunctuation().Replace(m.Groups["title"].Value.Trim().ToLowerInvariant(), "").Replace(' ', '-'))
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"(?<!!)\[[^\]]*\]\((?<target>[^)\s]+)\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"^```.*?^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedCode();

    [GeneratedRegex(@"^#{1,6} +(?<title>.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"[^\p{L}\p{Nd}\- _]")]
    private static partial Regex AnchorPunctuation();
}
