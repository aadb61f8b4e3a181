namespace ServiceQuality.Classification.Learning;

/// <summary>
/// One <see cref="DualCoordinateDescentSvm"/> per label against all the others, as scikit-learn's
/// LinearSVC does. The per-label problems are independent, so they run in parallel over the one
/// shared, read-only matrix; each draws its example order from its own generator seeded from the seed
/// and the label, so the model does not depend on which thread ran which label or when.
/// </summary>
internal sealed class OneVersusRestSvmTrainer(DualCoordinateDescentSvm solver, int seed)
{
    /// <param name="labels">Each row's label, an index in 0 … <paramref name="labelCount"/> − 1.</param>
    /// <param name="labelWeights">
    /// A factor on C for the rows of each label, in every problem they take part in (scikit-learn's
    /// <c>class_weight</c>); null for 1 everywhere.
    /// </param>
    public LinearWeights Train(SparseRowMatrix rows, IReadOnlyList<int> labels, int labelCount, IReadOnlyList<double>? labelWeights = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfLessThan(labelCount, 2);
        if (labels.Count != rows.RowCount)
        {
            throw new ArgumentException($"{labels.Count} labels for {rows.RowCount} rows.", nameof(labels));
        }

        if (labelWeights is not null && labelWeights.Count != labelCount)
        {
            throw new ArgumentException($"{labelWeights.Count} label weights for {labelCount} labels.", nameof(labelWeights));
        }

        var costScale = labelWeights is null ? [] : labels.Select(label => labelWeights[label]).ToArray();

        // With two labels the second problem is the first with every sign flipped, so one solve
        // gives both weight vectors (liblinear does the same).
        var problems = labelCount == 2 ? 1 : labelCount;
        var solutions = new BinarySvmSolution[problems];
        Parallel.For(
            0,
            problems,
            new ParallelOptions { CancellationToken = cancellationToken },
            problem =>
            {
                var label = labelCount == 2 ? 1 : problem;
                var positive = new bool[rows.RowCount];
                for (var i = 0; i < positive.Length; i++)
                {
                    positive[i] = labels[i] == label;
                }

                solutions[problem] = solver.Solve(rows, positive, costScale, new Random(SeedOf(label)), cancellationToken);
            });

        var weights = new float[labelCount][];
        var biases = new float[labelCount];
        for (var label = 0; label < labelCount; label++)
        {
            var (solution, sign) = labelCount == 2 ? (solutions[0], label == 1 ? 1.0 : -1.0) : (solutions[label], 1.0);
            biases[label] = (float)(sign * solution.Bias);
            weights[label] = new float[rows.ColumnCount];
            for (var feature = 0; feature < rows.ColumnCount; feature++)
            {
                weights[label][feature] = (float)(sign * solution.Weights[feature]);
            }
        }

        return new LinearWeights(weights, biases);
    }

    private int SeedOf(int label) => unchecked((seed * 7919) + label);
}
