namespace ServiceQuality.Classification;

/// <summary>
/// Assigns examples to k folds so that every fold holds each label in (almost exactly) its overall
/// proportion: complaint categories are imbalanced, and a fold without a rare category would make
/// its recall meaningless.
/// </summary>
public static class StratifiedKFold
{
    /// <summary>The fold (0 to <paramref name="folds"/> − 1) of each example, in input order.</summary>
    public static int[] AssignFolds(IReadOnlyList<string> labels, int folds, int seed)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        if (labels.Count < folds)
        {
            throw new ArgumentException($"Cannot make {folds} folds out of {labels.Count} examples.", nameof(labels));
        }

        var random = new Random(seed);
        var assignment = new int[labels.Count];
        var next = 0;

        // Each class is shuffled and dealt round-robin; carrying the dealer position from one class to
        // the next keeps fold sizes within one example of each other overall as well.
        var byLabel = Enumerable.Range(0, labels.Count)
            .GroupBy(i => labels[i], StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal);
        foreach (var group in byLabel)
        {
            var members = group.ToArray();
            random.Shuffle(members);
            foreach (var index in members)
            {
                assignment[index] = next;
                next = (next + 1) % folds;
            }
        }

        return assignment;
    }
}
