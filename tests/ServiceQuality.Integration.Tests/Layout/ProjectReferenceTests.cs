using System.Xml.Linq;
using ServiceQuality.DevHosting;
using Xunit;

namespace ServiceQuality.Integration.Tests.Layout;

/// <summary>Dependencies run one way: tests may use the app and the tools, but nothing shipped or run as a tool uses tests.</summary>
public sealed class ProjectReferenceTests
{
    [Theory]
    [InlineData("tools")]
    [InlineData("functions")]
    public void Projects_outside_tests_reference_no_project_under_tests(string folder)
    {
        var tests = Path.Combine(RepositoryPaths.Root, "tests") + Path.DirectorySeparatorChar;

        var offending = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, folder), "*.csproj", SearchOption.AllDirectories)
            .SelectMany(project => XDocument.Load(project).Descendants("ProjectReference")
                .Select(reference => (Project: project, Target: Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project)!, reference.Attribute("Include")!.Value.Replace('\\', Path.DirectorySeparatorChar))))))
            .Where(r => r.Target.StartsWith(tests, StringComparison.Ordinal))
            .Select(r => $"{Path.GetRelativePath(RepositoryPaths.Root, r.Project)} -> {Path.GetRelativePath(RepositoryPaths.Root, r.Target)}")
            .ToList();

        Assert.True(offending.Count == 0, "References into tests/:\n" + string.Join('\n', offending));
    }
}
