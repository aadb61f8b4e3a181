namespace ServiceQuality.Classification;

/// <summary>Knobs of <see cref="TextClassificationPipeline"/>; the defaults are the tuned ones.</summary>
public sealed record TrainingOptions
{
    public static TrainingOptions Default { get; } = new();

    public TrainerKind Trainer { get; init; } = TrainerKind.DualCoordinateDescentSvm;

    /// <summary>Longest character n-gram (shortest is always 1).</summary>
    public int MaximumNGramLength { get; init; } = 4;

    /// <summary>Where tokens end; n-grams never span two tokens.</summary>
    public TokenBoundaries TokenBoundaries { get; init; } = TokenBoundaries.Whitespace;

    /// <summary>
    /// N-grams seen in fewer training texts are dropped from the vocabulary. The default 2 drops the
    /// long tail of n-grams only one text has: they cannot recur in new texts and only let the SVM
    /// memorise single examples.
    /// </summary>
    public int MinimumDocumentFrequency { get; init; } = 2;

    /// <summary>
    /// L2 regularisation of the trainer; null keeps the tuned default of each trainer. For
    /// <see cref="TrainerKind.DualCoordinateDescentSvm"/>, whose objective is ½‖w‖² + C Σ loss, it sets
    /// C = 1 / (λ · number of examples), which has the same minimum as λ/2 ‖w‖² + mean loss, the form
    /// the ML.NET trainers use; null means C = 1, LinearSVC's default.
    /// </summary>
    public float? L2Regularization { get; init; }

    /// <summary>
    /// Passes over the data; null keeps the tuned default of each trainer. The linear SVM usually
    /// stops well before its limit, when it has converged.
    /// </summary>
    public int? MaximumIterations { get; init; }

    /// <summary>Seeds every random choice, so the same data and options give the same model.</summary>
    public int Seed { get; init; } = 1;
}
