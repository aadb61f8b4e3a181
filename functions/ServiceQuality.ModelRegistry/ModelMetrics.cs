using ServiceQuality.Classification;

namespace ServiceQuality.ModelRegistry;

/// <summary>
/// What metrics.json says about one stored version: its cross-validated quality and how it was built, so
/// promotion decisions and the monthly report can be checked long after training.
/// </summary>
public sealed record ModelMetrics(
    string Model,
    string Version,
    double MacroF1,
    double Accuracy,
    int Folds,
    int ExampleCount,
    DateTimeOffset TrainedAt,
    string PipelineVersion,
    string Trainer,
    IReadOnlyList<string> Labels,
    IReadOnlyList<ClassMetrics> PerClass,
    IReadOnlyList<IReadOnlyList<int>> ConfusionMatrix)
{
    public static ModelMetrics From(string model, string version, int folds, EvaluationReport crossValidation, ModelMetadata trained) =>
        new(
            model,
            version,
            crossValidation.MacroF1,
            crossValidation.Accuracy,
            folds,
            trained.ExampleCount,
            trained.TrainedAt,
            trained.PipelineVersion,
            trained.Learner,
            crossValidation.Labels,
            crossValidation.PerClass,
            crossValidation.ConfusionMatrix);
}
