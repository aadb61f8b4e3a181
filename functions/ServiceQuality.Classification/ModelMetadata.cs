namespace ServiceQuality.Classification;

/// <summary>What a saved model says about itself, so a promoted model can be traced to its training run.</summary>
public sealed record ModelMetadata(
    DateTimeOffset TrainedAt,
    int ExampleCount,
    string PipelineVersion,
    TrainerKind Trainer,
    IReadOnlyList<string> Labels);
