using System.Text.Json;

namespace ServiceQuality.Domain.Classification;

/// <summary>
/// A 0–100 priority: the category's base priority plus a boost for each group of urgent language found
/// (injury, fire, burn, electric shock …), so a safety incident is looked at first whatever the model says.
/// </summary>
public sealed class PriorityScorer(IReadOnlyList<PriorityScorer.TermGroup> groups)
{
    public sealed record TermGroup(string Name, int Boost, IReadOnlyList<string> Terms);

    public IReadOnlyList<TermGroup> Groups { get; } = groups;

    public int Score(ComplaintCategory? category, string text)
    {
        var score = category?.BasePriority ?? 0;
        foreach (var group in Groups)
        {
            if (group.Terms.Any(t => text.Contains(t, StringComparison.OrdinalIgnoreCase)))
            {
                score += group.Boost;
            }
        }
        return Math.Clamp(score, 0, 100);
    }

    public static PriorityScorer LoadFrom(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return new PriorityScorer(document.RootElement.GetProperty("groups").EnumerateArray()
            .Select(g => new TermGroup(
                g.GetProperty("name").GetString()!,
                g.GetProperty("boost").GetInt32(),
                g.GetProperty("terms").EnumerateArray().Select(t => t.GetString()!).ToList()))
            .ToList());
    }
}
