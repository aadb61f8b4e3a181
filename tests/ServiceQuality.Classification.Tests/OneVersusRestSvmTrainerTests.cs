using ServiceQuality.Classification.Learning;

namespace ServiceQuality.Classification.Tests;

public sealed class OneVersusRestSvmTrainerTests
{
    private static readonly DualCoordinateDescentSvm Solver = new(cost: 1, tolerance: 1e-6, maximumIterations: 1000);

    [Fact]
    public void Each_label_wins_on_its_own_cluster()
    {
        var rows = SparseRows.FromDense([1, 0.1, 0], [0.9, 0, 0.2], [0, 1, 0.1], [0.1, 0.8, 0], [0, 0.2, 1], [0.1, 0, 0.9]);
        int[] labels = [0, 0, 1, 1, 2, 2];

        var weights = new OneVersusRestSvmTrainer(Solver, seed: 1).Train(rows, labels, labelCount: 3);

        Span<float> margins = stackalloc float[3];
        for (var label = 0; label < 3; label++)
        {
            var dense = new float[3];
            dense[label] = 1;
            Margins(weights, dense, margins);
            Assert.Equal(label, margins.IndexOf(Max(margins)));
        }
    }

    [Fact]
    public void With_two_labels_one_problem_is_solved_and_the_margins_are_opposite()
    {
        var rows = SparseRows.FromDense([1, 0.2], [0.8, 0], [0, 1], [0.3, 0.9]);

        var weights = new OneVersusRestSvmTrainer(Solver, seed: 1).Train(rows, [0, 0, 1, 1], labelCount: 2);

        Span<float> margins = stackalloc float[2];
        Margins(weights, [0.5f, 0.4f], margins);
        Assert.Equal(-margins[0], margins[1]);
        Margins(weights, [0, 1], margins);
        Assert.True(margins[1] > 0 && margins[0] < 0);
    }

    [Fact]
    public void Training_twice_with_the_same_seed_gives_byte_identical_weights()
    {
        var random = new Random(5);
        var dense = Enumerable.Range(0, 60).Select(_ => Enumerable.Range(0, 8).Select(_ => random.NextDouble() < 0.5 ? 0 : random.NextDouble()).ToArray()).ToArray();
        var labels = dense.Select(row => Array.IndexOf(row, row[..4].Max()) % 4).ToArray();
        var trainer = new OneVersusRestSvmTrainer(new DualCoordinateDescentSvm(1, 0.1, 1000), seed: 7);

        var first = trainer.Train(SparseRows.FromDense(dense), labels, labelCount: 4);
        var second = trainer.Train(SparseRows.FromDense(dense), labels, labelCount: 4);

        Assert.Equal(first.Biases, second.Biases);
        for (var label = 0; label < 4; label++)
        {
            Assert.Equal(first.Weights[label], second.Weights[label]);
        }
    }

    [Fact]
    public void Weighting_a_rare_label_up_moves_the_boundary_towards_the_frequent_one()
    {
        // Eight frequent examples around −1, two rare ones around +1, overlapping near 0.
        var rows = SparseRows.FromDense([-1.0], [-0.9], [-1.1], [-0.8], [-1.2], [-0.2], [0.1], [-1.0], [0.3], [1.0]);
        int[] labels = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1];
        var trainer = new OneVersusRestSvmTrainer(Solver, seed: 1);

        var plain = trainer.Train(rows, labels, labelCount: 2);
        var balanced = trainer.Train(rows, labels, labelCount: 2, labelWeights: [10.0 / (2 * 8), 10.0 / (2 * 2)]);

        Span<float> before = stackalloc float[2];
        Span<float> after = stackalloc float[2];
        Margins(plain, [0.1f], before);
        Margins(balanced, [0.1f], after);
        Assert.True(after[1] > before[1], $"rare label's margin at 0.1: {before[1]} unweighted, {after[1]} weighted");
    }

    [Fact]
    public void Weights_of_one_change_nothing()
    {
        var rows = SparseRows.FromDense([1, 0.1, 0], [0.9, 0, 0.2], [0, 1, 0.1], [0.1, 0.8, 0], [0, 0.2, 1], [0.1, 0, 0.9]);
        int[] labels = [0, 0, 1, 1, 2, 2];
        var trainer = new OneVersusRestSvmTrainer(Solver, seed: 1);

        var plain = trainer.Train(rows, labels, labelCount: 3);
        var ones = trainer.Train(rows, labels, labelCount: 3, labelWeights: [1.0, 1.0, 1.0]);

        Assert.Equal(plain.Biases, ones.Biases);
        for (var label = 0; label < 3; label++)
        {
            Assert.Equal(plain.Weights[label], ones.Weights[label]);
        }
    }

    private static void Margins(LinearWeights weights, float[] x, Span<float> margins)
    {
        for (var label = 0; label < weights.LabelCount; label++)
        {
            margins[label] = weights.Biases[label];
            for (var j = 0; j < x.Length; j++)
            {
                margins[label] += weights.Weights[label][j] * x[j];
            }
        }
    }

    private static float Max(ReadOnlySpan<float> values)
    {
        var max = float.NegativeInfinity;
        foreach (var value in values)
        {
            max = Math.Max(max, value);
        }

        return max;
    }
}
