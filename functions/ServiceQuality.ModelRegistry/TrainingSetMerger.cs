using ServiceQuality.Classification;
using ServiceQuality.Domain.Classification;

namespace ServiceQuality.ModelRegistry;

/// <summary>
/// Combines the seed examples with the labels people gave. A person's label for a text replaces the seed
/// label of the same text (compared as the classifier sees it: trimmed, case and width folded), and of
/// several people's labels for one text the latest wins.
/// </summary>
public static class TrainingSetMerger
{
    public static IReadOnlyList<LabelledText> Merge(IReadOnlyList<LabelledText> seed, IEnumerable<TrainingLabel> humanLabels)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(humanLabels);
        var human = humanLabels
            .Where(label => !string.IsNullOrWhiteSpace(label.Text) && !string.IsNullOrWhiteSpace(label.Label))
            .GroupBy(label => Key(label.Text), StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.MaxBy(label => label.At)!, StringComparer.Ordinal);

        var merged = new List<LabelledText>(seed.Count + human.Count);
        var overridden = new HashSet<string>(StringComparer.Ordinal);
        foreach (var example in seed)
        {
            var key = Key(example.Text);
            if (!human.TryGetValue(key, out var label))
            {
                merged.Add(example);
            }
            else if (overridden.Add(key))
            {
                merged.Add(new LabelledText(example.Text, label.Label.Trim()));
            }
        }

        foreach (var (key, label) in human)
        {
            if (!overridden.Contains(key))
            {
                merged.Add(new LabelledText(label.Text, label.Label.Trim()));
            }
        }

        return merged;
    }

    private static string Key(string text) => TextNormalizer.Normalize(text.Trim());
}
