using ServiceQuality.DevHosting;
using Xunit;

namespace ServiceQuality.Integration.Tests.Documentation;

/// <summary>
/// The README stays a short front page that links to the specification in docs/, and no link in either leads
/// to a file or heading that is not there.
/// </summary>
public sealed class DocumentationTests
{
    private const int ReadmeLimitBytes = 10_000;

    private static string Readme => Path.Combine(RepositoryPaths.Root, "README.md");

    private static IEnumerable<string> DocsPages => Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "docs"), "*.md");

    [Fact]
    public void The_readme_is_under_ten_kilobytes()
    {
        var size = new FileInfo(Readme).Length;

        Assert.True(size < ReadmeLimitBytes, $"README.md is {size:N0} bytes; keep it under {ReadmeLimitBytes:N0} and move detail to docs/.");
    }

    [Fact]
    public void Every_docs_page_is_linked_from_the_readme()
    {
        var linked = MarkdownLink.In(Readme).Select(l => l.Path).ToHashSet(StringComparer.Ordinal);

        var unlinked = DocsPages.Where(page => !linked.Contains(Path.GetFullPath(page))).Select(Path.GetFileName).ToList();

        Assert.True(unlinked.Count == 0, "Not linked from README.md: " + string.Join(", ", unlinked));
    }

    [Fact]
    public void Every_relative_link_in_the_readme_and_docs_points_to_an_existing_file_and_heading()
    {
        var links = DocsPages.Prepend(Readme).SelectMany(MarkdownLink.In).ToList();

        var broken = links
            .Where(l => !(File.Exists(l.Path) || Directory.Exists(l.Path))
                || (l.Anchor is not null && l.Path.EndsWith(".md", StringComparison.Ordinal) && !MarkdownLink.Anchors(l.Path).Contains(l.Anchor)))
            .Select(l => $"{Path.GetRelativePath(RepositoryPaths.Root, l.Source)}: {l.Target}")
            .ToList();

        Assert.NotEmpty(links);
        Assert.True(broken.Count == 0, "Broken links:\n" + string.Join('\n', broken));
    }
}
