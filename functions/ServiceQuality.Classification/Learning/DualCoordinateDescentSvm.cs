using System.Runtime.CompilerServices;

namespace ServiceQuality.Classification.Learning;

/// <summary>
/// Binary linear SVM with L2 regularisation and squared hinge loss, solved in the dual by coordinate
/// descent with shrinking: LIBLINEAR's L2R_L2LOSS_SVC_DUAL (Hsieh et al. 2008, "A Dual Coordinate
/// Descent Method for Large-scale Linear SVM"), the solver behind scikit-learn's LinearSVC. It
/// minimises ½‖w‖² + ½b² + C Σ max(0, 1 − yᵢ(w·xᵢ + b))²: the bias is a constant feature of value 1
/// and is regularised like any other weight, as liblinear does with intercept_scaling = 1.
/// </summary>
/// <remarks>
/// Each pass visits the examples in a fresh random order, which is what makes coordinate descent
/// converge fast on text; the order comes from the caller's <see cref="Random"/>, so a seed gives the
/// same model every time. Examples whose dual variable is 0 and whose gradient says it will stay 0
/// are set aside (shrinking) and checked again before the solver stops.
/// </remarks>
internal sealed class DualCoordinateDescentSvm
{
    // Below this a projected gradient is rounding noise, not a reason to move.
    private const double NegligibleGradient = 1e-12;

    public DualCoordinateDescentSvm(double cost, double tolerance, int maximumIterations)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cost);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tolerance);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maximumIterations);
        Cost = cost;
        Tolerance = tolerance;
        MaximumIterations = maximumIterations;
    }

    /// <summary>C: the weight of the loss against the regulariser.</summary>
    public double Cost { get; }

    /// <summary>The solver stops when the spread of the projected gradients over a pass is at most this.</summary>
    public double Tolerance { get; }

    public int MaximumIterations { get; }

    // One call does all of a label's training in one loop: compiled optimised at once rather than
    // run as tier-0 code until on-stack replacement steps in.
    /// <param name="positive">For each row, whether it belongs to the positive class.</param>
    /// <param name="costScale">
    /// For each row, a factor on <see cref="Cost"/> (a class weight); empty for 1 everywhere.
    /// </param>
    public BinarySvmSolution Solve(SparseRowMatrix rows, ReadOnlySpan<bool> positive, Random random, CancellationToken cancellationToken = default) =>
        Solve(rows, positive, [], random, cancellationToken);

    /// <inheritdoc cref="Solve(SparseRowMatrix, ReadOnlySpan{bool}, Random, CancellationToken)"/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public BinarySvmSolution Solve(SparseRowMatrix rows, ReadOnlySpan<bool> positive, ReadOnlySpan<double> costScale, Random random, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(random);
        var count = rows.RowCount;
        if (positive.Length != count)
        {
            throw new ArgumentException($"{positive.Length} labels for {count} rows.", nameof(positive));
        }

        if (!costScale.IsEmpty && costScale.Length != count)
        {
            throw new ArgumentException($"{costScale.Length} cost factors for {count} rows.", nameof(costScale));
        }

        // The squared hinge loss turns into a diagonal term 1/(2C) of the dual's Hessian and leaves
        // the dual variables without an upper bound; a row's own C gives it its own term.
        var weights = new double[rows.ColumnCount];
        var bias = 0.0;
        var alpha = new double[count];
        var sign = new double[count];
        var curvature = new double[count];
        var diagonal = new double[count];
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            sign[i] = positive[i] ? 1.0 : -1.0;
            double squaredNorm = 1.0; // the bias feature
            foreach (var value in rows.Values(i))
            {
                squaredNorm += (double)value * value;
            }

            diagonal[i] = 0.5 / (Cost * (costScale.IsEmpty ? 1.0 : costScale[i]));
            curvature[i] = diagonal[i] + squaredNorm;
            order[i] = i;
        }

        var active = count;
        var previousMaximum = double.PositiveInfinity;
        var iteration = 0;
        var converged = false;
        while (iteration < MaximumIterations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var maximum = double.NegativeInfinity;
            var minimum = double.PositiveInfinity;
            for (var s = 0; s < active; s++)
            {
                var j = random.Next(s, active);
                (order[s], order[j]) = (order[j], order[s]);
            }

            for (var s = 0; s < active; s++)
            {
                var i = order[s];
                var indices = rows.Indices(i);
                var values = rows.Values(i);
                var gradient = sign[i] * (Dot(weights, indices, values) + bias) - 1.0 + alpha[i] * diagonal[i];

                var projected = gradient;
                if (alpha[i] == 0)
                {
                    if (gradient > previousMaximum)
                    {
                        // At its bound and pushed further out by a margin larger than any violation
                        // last pass: it will very likely stay there, so skip it until the final check.
                        active--;
                        (order[s], order[active]) = (order[active], order[s]);
                        s--;
                        continue;
                    }

                    projected = Math.Min(gradient, 0.0);
                }

                maximum = Math.Max(maximum, projected);
                minimum = Math.Min(minimum, projected);
                if (Math.Abs(projected) > NegligibleGradient)
                {
                    var previous = alpha[i];
                    alpha[i] = Math.Max(previous - gradient / curvature[i], 0.0);
                    var step = (alpha[i] - previous) * sign[i];
                    AddScaled(weights, indices, values, step);
                    bias += step;
                }
            }

            iteration++;
            if (maximum - minimum <= Tolerance)
            {
                if (active == count)
                {
                    converged = true;
                    break;
                }

                // Converged on the active set: bring every example back and check once more.
                active = count;
                previousMaximum = double.PositiveInfinity;
                continue;
            }

            // With no upper bound on the dual variables, only the lower bound can shrink the problem.
            previousMaximum = maximum <= 0 ? double.PositiveInfinity : maximum;
        }

        return new BinarySvmSolution(weights, bias, iteration, converged);
    }

    private static double Dot(double[] weights, ReadOnlySpan<int> indices, ReadOnlySpan<float> values)
    {
        var sum = 0.0;
        for (var k = 0; k < indices.Length; k++)
        {
            sum += weights[indices[k]] * values[k];
        }

        return sum;
    }

    private static void AddScaled(double[] weights, ReadOnlySpan<int> indices, ReadOnlySpan<float> values, double scale)
    {
        for (var k = 0; k < indices.Length; k++)
        {
            weights[indices[k]] += scale * values[k];
        }
    }
}
