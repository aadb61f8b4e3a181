using Microsoft.Extensions.Logging;
using ServiceQuality.Classification;

namespace ServiceQuality.ModelRegistry;

/// <summary>
/// One training run: stratified cross-validation for an honest figure, a model trained on all the data,
/// the version and its metrics stored, and promotion decided against whatever is current at the moment
/// of writing (a conditional write, re-decided if another run promoted in between).
/// </summary>
public sealed class ModelTrainingService(
    IModelRepository repository,
    ModelTrainer trainer,
    TimeProvider time,
    ILogger<ModelTrainingService> logger)
{
    // Each retry means another run promoted in between; this many in a row means something is wrong.
    private const int MaximumPromotionAttempts = 20;

    public Task<TrainingRunResult> TrainAsync(
        string model,
        IReadOnlyList<LabelledText> data,
        bool force,
        int folds,
        CancellationToken cancellationToken) =>
        TrainAsync(model, data, force ? PromotionRule.Always : PromotionRule.IfNotWorse, folds, cancellationToken);

    public async Task<TrainingRunResult> TrainAsync(
        string model,
        IReadOnlyList<LabelledText> data,
        PromotionRule rule,
        int folds,
        CancellationToken cancellationToken)
    {
        ModelNameRules.Validate(model);
        ArgumentNullException.ThrowIfNull(data);
        Validate(data, folds);

        // Seconds to minutes of CPU: run it off the caller's thread so a host's request threads stay free.
        var (report, trained) = await Task.Run(
            () =>
            {
                var crossValidation = trainer.CrossValidate(data, folds, seed: 1, options: null, cancellationToken);
                return (crossValidation, trainer.Train(data, options: null, cancellationToken));
            },
            cancellationToken);

        var stored = await repository.SaveVersionAsync(
            model,
            trained,
            version => ModelMetrics.From(model, version, folds, report, trained.Metadata),
            cancellationToken);
        var metrics = ModelMetrics.From(model, stored.Version, folds, report, trained.Metadata);
        var (promoted, reason, previous) = await PromoteAsync(model, stored.Version, report.MacroF1, rule, cancellationToken);

        logger.LogInformation(
            "Model {Model} version {Version}: macro-F1 {MacroF1:0.0000} on {Examples} examples, {Outcome}: {Reason}",
            model,
            stored.Version,
            report.MacroF1,
            data.Count,
            promoted ? "promoted" : "not promoted",
            reason);
        return new TrainingRunResult(stored, metrics, report, promoted, reason, previous);
    }

    private static void Validate(IReadOnlyList<LabelledText> data, int folds)
    {
        if (folds < 2)
        {
            throw new TrainingDataException($"Cross-validation needs at least 2 folds, not {folds}.");
        }

        var labels = data.Select(example => example.Label).Distinct(StringComparer.Ordinal).Count();
        if (labels < 2)
        {
            throw new TrainingDataException($"Training needs examples of at least 2 labels; the data has {labels}.");
        }

        if (data.Count < folds)
        {
            throw new TrainingDataException($"{folds}-fold cross-validation needs at least {folds} examples; the data has {data.Count}.");
        }
    }

    private async Task<(bool Promoted, string Reason, CurrentModel? Previous)> PromoteAsync(
        string model,
        string version,
        double macroF1,
        PromotionRule rule,
        CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaximumPromotionAttempts; attempt++)
        {
            var state = await repository.GetCurrentAsync(model, cancellationToken);
            var decision = PromotionDecision.Decide(rule, macroF1, state?.Current);
            if (!decision.Promote)
            {
                return (false, decision.Reason, state?.Current);
            }

            var next = new CurrentModel(model, version, macroF1, time.GetUtcNow(), decision.Reason);
            if (await repository.TryPromoteAsync(next, state?.ETag, cancellationToken))
            {
                return (true, decision.Reason, state?.Current);
            }

            logger.LogInformation("current.json of {Model} changed while promoting version {Version}; deciding again.", model, version);
        }

        throw new InvalidOperationException(
            $"Could not promote model '{model}' version {version}: current.json changed {MaximumPromotionAttempts} times in a row.");
    }
}
