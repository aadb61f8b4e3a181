using System.Text.RegularExpressions;
using ServiceQuality.DevHosting;
using Xunit;

namespace ServiceQuality.Integration.Tests.Layout;

/// <summary>
/// The feature folders of Domain depend on each other one way (docs/scale-design.md, "Domain dependencies"): the graph
/// read from the source, by using directives and qualified names, has no cycle, so each folder can be read, tested
/// and changed knowing only the folders below it.
/// </summary>
public sealed partial class DomainDependencyTests
{
    private static readonly string DomainRoot = Path.Combine(RepositoryPaths.Root, "functions", "ServiceQuality.Domain");

    [Fact]
    public void No_two_domain_folders_depend_on_each_other_directly_or_through_others()
    {
        var graph = DomainGraph.Read(DomainRoot);

        var cycles = graph.Cycles();

        Assert.True(cycles.Count == 0, "Domain folders that depend on each other:\n" + string.Join("\n", cycles.Select(graph.Describe)));
    }

    [Fact]
    public void The_graph_sees_usings_fully_qualified_and_folder_qualified_references()
    {
        var folder = Directory.CreateTempSubdirectory("domain-graph-");
        try
        {
            Write(folder, "Alpha/A.cs", "using ServiceQuality.Domain.Beta;\nnamespace ServiceQuality.Domain.Alpha;\npublic sealed class A;");
            Write(folder, "Beta/B.cs", "namespace ServiceQuality.Domain.Beta;\npublic sealed class B { ServiceQuality.Domain.Gamma.G? G; }");
            Write(folder, "Gamma/G.cs", "namespace ServiceQuality.Domain.Gamma;\npublic sealed record G { Alpha.A? A; string Beta = \"\"; }");
            Write(folder, "Delta/D.cs", "namespace ServiceQuality.Domain.Delta;\npublic sealed class D { int Alpha; }");

            var graph = DomainGraph.Read(folder.FullName);

            Assert.Equal(["Alpha -> Beta", "Beta -> Gamma", "Gamma -> Alpha"], graph.Edges.Select(e => $"{e.From} -> {e.To}").Order());
            Assert.Equal(["Alpha", "Beta", "Gamma"], Assert.Single(graph.Cycles()).Order());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_domain_graph_has_the_dependencies_the_features_are_built_on()
    {
        var graph = DomainGraph.Read(DomainRoot);

        // Leads react to routed cases, Invitations wrap the response service: if these vanished the reader would be blind.
        Assert.Contains(("Leads", "Cases"), graph.Edges.Select(e => (e.From, e.To)));
        Assert.Contains(("Invitations", "Surveys"), graph.Edges.Select(e => (e.From, e.To)));
    }

    private static void Write(DirectoryInfo folder, string path, string text)
    {
        var file = Path.Combine(folder.FullName, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
    }

    private sealed record Edge(string From, string To, IReadOnlyList<string> Files);

    private sealed class DomainGraph(IReadOnlyList<Edge> edges)
    {
        public IReadOnlyList<Edge> Edges { get; } = edges;

        public static DomainGraph Read(string root)
        {
            var folders = Directory.GetDirectories(root)
                .Select(Path.GetFileName)
                .OfType<string>()
                .Where(f => f is not ("bin" or "obj"))
                .ToList();
            var sources = folders.ToDictionary(f => f, f => Directory.GetFiles(Path.Combine(root, f), "*.cs", SearchOption.AllDirectories));
            // A folder-qualified name (Time.TaipeiTime) counts only when it names a type the folder declares, so a
            // property that happens to share a folder's name (Email, Time) is not taken for a dependency.
            var types = sources.ToDictionary(s => s.Key, s => s.Value.SelectMany(f => Declaration().Matches(File.ReadAllText(f)).Select(m => m.Groups["name"].Value)).ToHashSet());
            var edges = new List<Edge>();
            foreach (var from in folders)
            {
                var files = sources[from].Select(f => (Path: Path.GetRelativePath(root, f), Text: WithoutComments(File.ReadAllText(f)))).ToList();
                foreach (var to in folders.Where(t => t != from))
                {
                    var referencing = files
                        .Where(f => Regex.IsMatch(f.Text, $@"\bServiceQuality\.Domain\.{to}\b")
                            || Regex.Matches(f.Text, $@"(?<![\w.]){to}\.(?<type>\w+)").Any(m => types[to].Contains(m.Groups["type"].Value)))
                        .Select(f => f.Path)
                        .ToList();
                    if (referencing.Count > 0)
                    {
                        edges.Add(new Edge(from, to, referencing));
                    }
                }
            }
            return new DomainGraph(edges);
        }

        /// <summary>The strongly connected groups of more than one folder (Tarjan): each holds at least one cycle.</summary>
        public IReadOnlyList<IReadOnlyList<string>> Cycles()
        {
            var next = Edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).ToList());
            var nodes = Edges.SelectMany(e => new[] { e.From, e.To }).Distinct().Order().ToList();
            var index = new Dictionary<string, int>();
            var low = new Dictionary<string, int>();
            var stack = new Stack<string>();
            var groups = new List<IReadOnlyList<string>>();

            void Visit(string node)
            {
                index[node] = low[node] = index.Count;
                stack.Push(node);
                foreach (var target in next.GetValueOrDefault(node) ?? [])
                {
                    if (!index.ContainsKey(target))
                    {
                        Visit(target);
                        low[node] = Math.Min(low[node], low[target]);
                    }
                    else if (stack.Contains(target))
                    {
                        low[node] = Math.Min(low[node], index[target]);
                    }
                }
                if (low[node] == index[node])
                {
                    var group = new List<string>();
                    string member;
                    do
                    {
                        member = stack.Pop();
                        group.Add(member);
                    }
                    while (member != node);
                    if (group.Count > 1)
                    {
                        groups.Add(group.Order().ToList());
                    }
                }
            }

            foreach (var node in nodes.Where(n => !index.ContainsKey(n)))
            {
                Visit(node);
            }
            return groups;
        }

        public string Describe(IReadOnlyList<string> group) =>
            string.Join("\n", Edges.Where(e => group.Contains(e.From) && group.Contains(e.To))
                .Select(e => $"  {e.From} -> {e.To} ({string.Join(", ", e.Files)})"));

        private static string WithoutComments(string text) => Comment().Replace(text, "");
    }

    [GeneratedRegex(@"\b(?:class|record|interface|enum|struct)\s+(?<name>\w+)")]
    private static partial Regex Declaration();

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();
}
