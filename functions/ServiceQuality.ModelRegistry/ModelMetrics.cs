using ServiceQuality.Classification;

namespace ServiceQuality.ModelRegistry;

/// <summary>
/// What metrics.json says about one stored version: its cross-validated quality and how it was built, so
/// promotion decisions and the monthly report can be checked long after training.
/// </summary>
/// <param name="ExampleCount">Examples the stored model was trained on: all but the fixed evaluation split.</param>
/// <param name="Evaluation">The stored model scored on the fixed evaluation split, or null when the data was too small to hold one out.</param>
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
    IReadOnlyList<IReadOnlyList<int>> ConfusionMatrix,
    SplitEvaluation? Evaluation = null)
{
    public static ModelMetrics From(string model, string version, int folds, EvaluationReport crossValidation, ModelMetadata trained, SplitEvaluation? evaluation = null) =>
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
            crossValidation.ConfusionMatrix,
            evaluation);
}
