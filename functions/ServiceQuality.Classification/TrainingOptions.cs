namespace ServiceQuality.Classification;

/// <summary>Knobs of <see cref="TextClassificationPipeline"/>; the defaults are the tuned ones.</summary>
public sealed record TrainingOptions
{
    public static TrainingOptions Default { get; } = new();

    /// <summary>
    /// N-grams seen in fewer training texts are dropped from the vocabulary. The default 2 drops the
    /// long tail of n-grams only one text has: they cannot recur in new texts and only let the SVM
    /// memorise single examples.
    /// </summary>
    public int MinimumDocumentFrequency { get; init; } = 2;

    /// <summary>C of the SVM objective ½‖w‖² + C Σ loss; 1 is LinearSVC's default.</summary>
    public double Cost { get; init; } = 1.0;

    /// <summary>
    /// Passes over the data at most (LinearSVC's cap). The solver usually stops well before, when the
    /// projected gradients of a pass lie within 0.1 of each other (liblinear's own tolerance:
    /// scikit-learn passes 1e-4, which changes macro-F1 by at most 0.0014 for several times the passes).
    /// </summary>
    public int MaximumIterations { get; init; } = 1000;

    /// <summary>
    /// The solver stops when the projected gradients of a pass lie within this of each other
    /// (liblinear's own default, 0.1).
    /// </summary>
    public double Tolerance { get; init; } = 0.1;

    /// <summary>
    /// Whether each label's examples weigh in the loss by the inverse square root of how frequent the
    /// label is: C × √(n / (labels × nₖ)), the square root of scikit-learn's <c>class_weight="balanced"</c>.
    /// </summary>
    public bool BalanceLabels { get; init; } = true;

    /// <summary>Seeds every random choice, so the same data and options give the same model.</summary>
    public int Seed { get; init; } = 1;
}
