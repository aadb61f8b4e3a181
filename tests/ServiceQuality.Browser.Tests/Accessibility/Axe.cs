using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using ServiceQuality.DevHosting;

namespace ServiceQuality.Browser.Tests.Accessibility;

/// <summary>One accessibility rule a page breaks, as axe-core reports it.</summary>
public sealed record AxeViolation(string Id, string? Impact, string Help, IReadOnlyList<string> Targets)
{
    public override string ToString() => $"{Id} ({Impact ?? "?"}): {Help} — {string.Join(", ", Targets)}";
}

/// <summary>
/// axe-core from the repository's node_modules (pinned in package.json), injected into the page and run against
/// the WCAG 2.0 and 2.1 A and AA rules, the level of the agency's accessibility mark.
/// </summary>
public static class Axe
{
    public static string ScriptPath { get; } = Path.Combine(RepositoryPaths.Root, "node_modules", "axe-core", "axe.min.js");

    private const string Run = """
        async () => {
          const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
          return JSON.stringify(result.violations.map(v => ({
            id: v.id, impact: v.impact, help: v.help,
            targets: v.nodes.map(n => n.target.join(' ') + (n.failureSummary ? ' [' + n.failureSummary.replace(/\s+/g, ' ') + ']' : '')),
          })));
        }
        """;

    public static async Task<IReadOnlyList<AxeViolation>> CheckAsync(IPage page)
    {
        if (!File.Exists(ScriptPath))
        {
            throw new InvalidOperationException($"axe-core is not installed at {ScriptPath}: run 'npm ci' in the repository root (scripts/test.sh does).");
        }
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = ScriptPath });
        var json = await page.EvaluateAsync<string>(Run);
        return JsonSerializer.Deserialize<List<AxeViolation>>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web)) ?? [];
    }

    public static string Describe(string what, IReadOnlyList<AxeViolation> violations)
    {
        var text = new StringBuilder($"{what}: {violations.Count} accessibility violation(s)");
        foreach (var violation in violations)
        {
            text.Append("\n  - ").Append(violation);
        }
        return text.ToString();
    }
}
