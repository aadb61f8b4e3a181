using ServiceQuality.Classification.Learning;

namespace ServiceQuality.Classification.Tests;

public sealed class DualCoordinateDescentSvmTests
{
    [Theory]
    [InlineData(1.0)]
    [InlineData(0.25)]
    [InlineData(10.0)]
    public void Two_mirrored_points_get_the_closed_form_solution(double cost)
    {
        // x = +1 (positive) and x = −1 (negative): by symmetry b = 0 and both margins equal w, so
        // ½w² + 2C(1 − w)² is least at w = 4C / (1 + 4C).
        var rows = SparseRows.FromDense([1.0], [-1.0]);
        var solver = new DualCoordinateDescentSvm(cost, tolerance: 1e-10, maximumIterations: 10_000);

        var solution = solver.Solve(rows, [true, false], new Random(1));

        Assert.True(solution.Converged);
        Assert.Equal(4 * cost / (1 + (4 * cost)), solution.Weights[0], 8);
        Assert.Equal(0.0, solution.Bias, 8);
    }

    [Fact]
    public void The_solution_is_the_minimum_of_the_primal_objective_found_by_gradient_descent()
    {
        const double cost = 0.7;
        var random = new Random(3);
        var dense = new double[20][];
        var positive = new bool[dense.Length];
        for (var i = 0; i < dense.Length; i++)
        {
            dense[i] = Enumerable.Range(0, 6).Select(_ => random.NextDouble() < 0.4 ? 0.0 : Math.Round(random.NextDouble() * 2 - 1, 3)).ToArray();
            // A noisy linear rule, so that some examples end up inside the margin or on the wrong side.
            positive[i] = dense[i][0] - dense[i][1] + (0.5 * dense[i][2]) + (0.3 * (random.NextDouble() - 0.5)) > 0;
        }

        var solution = new DualCoordinateDescentSvm(cost, tolerance: 1e-9, maximumIterations: 100_000)
            .Solve(SparseRows.FromDense(dense), positive, new Random(1));
        var (weights, bias) = PrimalGradientDescent(dense.Select(row => row.Select(v => (double)(float)v).ToArray()).ToArray(), positive, cost);

        Assert.True(solution.Converged);
        for (var j = 0; j < weights.Length; j++)
        {
            Assert.Equal(weights[j], solution.Weights[j], 5);
        }

        Assert.Equal(bias, solution.Bias, 5);
    }

    [Fact]
    public void Weighted_rows_give_the_minimum_of_the_primal_objective_with_each_rows_own_cost()
    {
        const double cost = 0.7;
        var random = new Random(4);
        var dense = new double[24][];
        var positive = new bool[dense.Length];
        for (var i = 0; i < dense.Length; i++)
        {
            dense[i] = Enumerable.Range(0, 5).Select(_ => random.NextDouble() < 0.4 ? 0.0 : Math.Round(random.NextDouble() * 2 - 1, 3)).ToArray();
            positive[i] = dense[i][0] + (0.5 * dense[i][1]) + (0.4 * (random.NextDouble() - 0.5)) > 0.3;
        }

        // Positives count three times as much as negatives, as a class weight would make them.
        var scale = positive.Select(p => p ? 3.0 : 0.5).ToArray();

        var solution = new DualCoordinateDescentSvm(cost, tolerance: 1e-9, maximumIterations: 100_000)
            .Solve(SparseRows.FromDense(dense), positive, scale, new Random(1));
        var (weights, bias) = PrimalGradientDescent(dense.Select(row => row.Select(v => (double)(float)v).ToArray()).ToArray(), positive, scale.Select(f => cost * f).ToArray());
        var (unweighted, _) = PrimalGradientDescent(dense.Select(row => row.Select(v => (double)(float)v).ToArray()).ToArray(), positive, cost);

        Assert.True(solution.Converged);
        for (var j = 0; j < weights.Length; j++)
        {
            Assert.Equal(weights[j], solution.Weights[j], 5);
        }

        Assert.Equal(bias, solution.Bias, 5);
        Assert.NotEqual(unweighted[0], solution.Weights[0], 3);
    }

    [Fact]
    public void A_factor_count_that_does_not_match_the_rows_is_refused()
    {
        var rows = SparseRows.FromDense([1.0], [-1.0]);

        Assert.Throws<ArgumentException>(() => new DualCoordinateDescentSvm(1, 0.1, 10).Solve(rows, [true, false], [1.0], new Random(1)));
    }

    [Fact]
    public void A_linearly_separable_set_is_separated()
    {
        var rows = SparseRows.FromDense([2, 1.5], [1.8, 2.2], [2.5, 2], [-2, -1], [-1.5, -2.5], [-2.2, -2]);
        bool[] positive = [true, true, true, false, false, false];

        var solution = new DualCoordinateDescentSvm(cost: 1, tolerance: 0.1, maximumIterations: 1000).Solve(rows, positive, new Random(1));

        Assert.True(solution.Converged);
        for (var i = 0; i < rows.RowCount; i++)
        {
            var decision = solution.Bias + rows.Indices(i).ToArray().Select((feature, k) => solution.Weights[feature] * rows.Values(i)[k]).Sum();
            Assert.Equal(positive[i], decision > 0);
        }
    }

    [Fact]
    public void The_same_random_seed_gives_the_same_solution()
    {
        var rows = SparseRows.FromDense([1, 0, 2], [0, 1, 1], [3, 1, 0], [0, 2, 2], [1, 1, 1]);
        bool[] positive = [true, false, true, false, true];
        var solver = new DualCoordinateDescentSvm(cost: 1, tolerance: 0.1, maximumIterations: 1000);

        var first = solver.Solve(rows, positive, new Random(9));
        var second = solver.Solve(rows, positive, new Random(9));

        Assert.Equal(first.Weights, second.Weights);
        Assert.Equal(first.Bias, second.Bias);
    }

    [Fact]
    public void The_solver_stops_at_its_iteration_limit_and_says_it_did_not_converge()
    {
        var rows = SparseRows.FromDense([1, 0.5], [0.4, 1], [-1, 0.2], [-0.3, -1], [0.9, -0.8]);

        var solution = new DualCoordinateDescentSvm(cost: 100, tolerance: 1e-12, maximumIterations: 1)
            .Solve(rows, [true, true, false, false, true], new Random(1));

        Assert.Equal(1, solution.Iterations);
        Assert.False(solution.Converged);
    }

    /// <summary>
    /// Minimises ½(‖w‖² + b²) + C Σ max(0, 1 − yᵢ(w·xᵢ + b))² directly: the objective is smooth and
    /// strongly convex (modulus 1, gradient Lipschitz constant L), so plain gradient descent with step
    /// 1/L closes the gap by a factor 1 − 1/L each step and reaches the unique minimum.
    /// </summary>
    private static (double[] Weights, double Bias) PrimalGradientDescent(double[][] rows, bool[] positive, double cost) =>
        PrimalGradientDescent(rows, positive, rows.Select(_ => cost).ToArray());

    /// <summary>The same with its own C for each row.</summary>
    private static (double[] Weights, double Bias) PrimalGradientDescent(double[][] rows, bool[] positive, double[] costs)
    {
        var features = rows[0].Length;
        var lipschitz = 1 + (2 * rows.Select((row, i) => costs[i] * (1 + row.Sum(v => v * v))).Sum());
        var w = new double[features + 1]; // the last entry is the bias
        for (var step = 0; step < 20_000; step++)
        {
            var gradient = w.ToArray();
            for (var i = 0; i < rows.Length; i++)
            {
                var y = positive[i] ? 1.0 : -1.0;
                var margin = w[features];
                for (var j = 0; j < features; j++)
                {
                    margin += rows[i][j] * w[j];
                }

                var slack = 1 - (y * margin);
                if (slack > 0)
                {
                    for (var j = 0; j < features; j++)
                    {
                        gradient[j] -= 2 * costs[i] * slack * y * rows[i][j];
                    }

                    gradient[features] -= 2 * costs[i] * slack * y;
                }
            }

            for (var j = 0; j <= features; j++)
            {
                w[j] -= gradient[j] / lipschitz;
            }
        }

        return (w[..features], w[features]);
    }
}
