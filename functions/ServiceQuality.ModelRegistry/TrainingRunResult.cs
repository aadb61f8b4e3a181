using ServiceQuality.Classification;

namespace ServiceQuality.ModelRegistry;

/// <summary>
/// The outcome of one training run: where the version was stored, its cross-validated quality, and
/// whether it became the current version (with the reason either way).
/// </summary>
public sealed record TrainingRunResult(
    StoredModelVersion Stored,
    ModelMetrics Metrics,
    EvaluationReport CrossValidation,
    bool Promoted,
    string Reason,
    CurrentModel? Previous)
{
    public string Model => Stored.Model;

    public string Version => Stored.Version;

    public double MacroF1 => CrossValidation.MacroF1;

    /// <summary>Macro-F1, per-class precision/recall/F1 and the confusion matrix, as printed by the command line.</summary>
    public string ReportText => CrossValidation.ToText();
}
