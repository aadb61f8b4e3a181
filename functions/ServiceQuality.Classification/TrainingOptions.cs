namespace ServiceQuality.Classification;

/// <summary>Knobs of <see cref="TextClassificationPipeline"/>; the defaults are the tuned ones.</summary>
public sealed record TrainingOptions
{
    public static TrainingOptions Default { get; } = new();

    public TrainerKind Trainer { get; init; } = TrainerKind.SdcaMaximumEntropy;

    /// <summary>Longest character n-gram (shortest is always 1).</summary>
    public int MaximumNGramLength { get; init; } = 3;

    /// <summary>N-grams seen in fewer training texts are dropped from the vocabulary.</summary>
    public int MinimumDocumentFrequency { get; init; } = 1;

    /// <summary>L2 regularisation of the trainer; null keeps the tuned default of each trainer.</summary>
    public float? L2Regularization { get; init; }

    /// <summary>Passes over the data; null keeps the tuned default of each trainer.</summary>
    public int? MaximumIterations { get; init; }

    /// <summary>Seeds every random choice, so the same data and options give the same model.</summary>
    public int Seed { get; init; } = 1;
}
