namespace ServiceQuality.Classification.Learning;

/// <summary>
/// A binary linear SVM: the decision value of x is <c>Weights · x + Bias</c>, positive for the positive class.
/// </summary>
/// <param name="Iterations">Passes over the data the solver made.</param>
/// <param name="Converged">False when the solver stopped at its iteration limit before reaching its tolerance.</param>
internal sealed record BinarySvmSolution(double[] Weights, double Bias, int Iterations, bool Converged);
