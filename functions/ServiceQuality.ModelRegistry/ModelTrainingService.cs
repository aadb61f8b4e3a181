using Microsoft.Extensions.Logging;
using ServiceQuality.Classification;

namespace ServiceQuality.ModelRegistry;

/// <summary>
/// One training run: stratified cross-validation for an honest figure, a model trained on all the data
/// but the fixed evaluation split (<see cref="FixedEvaluationSplit"/>), the version and its metrics
/// stored, and promotion decided against whatever is current at the moment of writing (a conditional
/// write, re-decided if another run promoted in between): a version replaces the current one only if
/// its macro-F1 on the evaluation split is not worse than the current version's on the same split.
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

        // The evaluation split is held out of the stored model, unless it would leave too little to train on.
        var (trainingPart, evaluationPart) = FixedEvaluationSplit.Split(data);
        var holdOut = evaluationPart.Count > 0 && trainingPart.Select(example => example.Label).Distinct(StringComparer.Ordinal).Count() >= 2;
        var trainingData = holdOut ? trainingPart : data;

        // Seconds to minutes of CPU: run it off the caller's thread so a host's request threads stay free.
        var (report, trained) = await Task.Run(
            () =>
            {
                var crossValidation = trainer.CrossValidate(data, folds, seed: 1, options: null, cancellationToken);
                return (crossValidation, trainer.Train(trainingData, options: null, cancellationToken));
            },
            cancellationToken);

        var labelSet = data.Select(example => example.Label).Concat(trained.Labels).Distinct(StringComparer.Ordinal).ToArray();
        SplitEvaluation? evaluation = null;
        if (holdOut)
        {
            var onSplit = trainer.Evaluate(trained, evaluationPart, labelSet, cancellationToken);
            evaluation = new SplitEvaluation(FixedEvaluationSplit.Rule, evaluationPart.Count, FixedEvaluationSplit.Fingerprint(evaluationPart), onSplit.MacroF1, onSplit.Accuracy);
        }

        var stored = await repository.SaveVersionAsync(
            model,
            trained,
            version => ModelMetrics.From(model, version, folds, report, trained.Metadata, evaluation),
            cancellationToken);
        var metrics = ModelMetrics.From(model, stored.Version, folds, report, trained.Metadata, evaluation);
        var candidate = new Candidate(stored.Version, report.MacroF1, trained, holdOut ? evaluationPart : null, labelSet);
        var (promoted, reason, previous) = await PromoteAsync(model, candidate, rule, cancellationToken);

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
        Candidate candidate,
        PromotionRule rule,
        CancellationToken cancellationToken)
    {
        var scored = new Dictionary<string, SplitComparison>(StringComparer.Ordinal);
        for (var attempt = 0; attempt < MaximumPromotionAttempts; attempt++)
        {
            var state = await repository.GetCurrentAsync(model, cancellationToken);
            SplitComparison? split = null;
            if (rule == PromotionRule.IfNotWorse && state?.Current is { } current && candidate.Evaluation is not null)
            {
                if (!scored.TryGetValue(current.Version, out split))
                {
                    split = await CompareOnSplitAsync(model, current.Version, candidate, cancellationToken);
                    scored[current.Version] = split;
                }
            }

            var decision = PromotionDecision.Decide(rule, candidate.MacroF1, state?.Current, split);
            if (!decision.Promote)
            {
                return (false, decision.Reason, state?.Current);
            }

            var next = new CurrentModel(model, candidate.Version, candidate.MacroF1, time.GetUtcNow(), decision.Reason);
            if (await repository.TryPromoteAsync(next, state?.ETag, cancellationToken))
            {
                return (true, decision.Reason, state?.Current);
            }

            logger.LogInformation("current.json of {Model} changed while promoting version {Version}; deciding again.", model, candidate.Version);
        }

        throw new InvalidOperationException(
            $"Could not promote model '{model}' version {candidate.Version}: current.json changed {MaximumPromotionAttempts} times in a row.");
    }

    /// <summary>Scores the current version on the candidate's evaluation split, over the same labels as the candidate.</summary>
    private async Task<SplitComparison> CompareOnSplitAsync(string model, string currentVersion, Candidate candidate, CancellationToken cancellationToken)
    {
        TrainedModel current;
        try
        {
            current = await repository.LoadModelAsync(model, currentVersion, cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or Azure.RequestFailedException or InvalidOperationException)
        {
            // e.g. a version saved by an earlier engine, which this one cannot load: it cannot be served either.
            logger.LogWarning(e, "Model {Model}: current version {Version} could not be loaded to score it on the evaluation split.", model, currentVersion);
            return new SplitComparison(double.NaN, null, candidate.Evaluation!.Count, e.Message);
        }

        // Both versions over the same labels: those of the data and of either model.
        var labels = candidate.Labels.Concat(current.Labels).Distinct(StringComparer.Ordinal).ToArray();
        var candidateReport = trainer.Evaluate(candidate.Model, candidate.Evaluation!, labels, cancellationToken);
        var currentReport = trainer.Evaluate(current, candidate.Evaluation!, labels, cancellationToken);
        return new SplitComparison(candidateReport.MacroF1, currentReport.MacroF1, candidate.Evaluation!.Count);
    }

    /// <param name="Evaluation">The fixed evaluation split, or null when the data was too small to hold one out.</param>
    private sealed record Candidate(string Version, double MacroF1, TrainedModel Model, IReadOnlyList<LabelledText>? Evaluation, string[] Labels);
}
