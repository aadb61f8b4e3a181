using ServiceQuality.Classification;

namespace ServiceQuality.Cli;

/// <summary>
/// Splits one labelled file into training and test parts per class, so a rare class is tested in its
/// proportion; the seed makes the split reproducible from the command line.
/// </summary>
public static class TrainTestSplit
{
    public static (IReadOnlyList<LabelledText> Train, IReadOnlyList<LabelledText> Test) Split(
        IReadOnlyList<LabelledText> data,
        double trainFraction,
        int seed)
    {
        ArgumentNullException.ThrowIfNull(data);
        var random = new Random(seed);
        var train = new List<LabelledText>();
        var test = new List<LabelledText>();
        foreach (var group in data.GroupBy(example => example.Label, StringComparer.Ordinal).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            var members = group.ToArray();
            random.Shuffle(members);
            var cut = (int)Math.Round(members.Length * trainFraction, MidpointRounding.AwayFromZero);
            train.AddRange(members[..cut]);
            test.AddRange(members[cut..]);
        }

        // Shuffled again so training does not see the classes one after another.
        var trainArray = train.ToArray();
        random.Shuffle(trainArray);
        return (trainArray, test);
    }
}
