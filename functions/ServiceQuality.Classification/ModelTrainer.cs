namespace ServiceQuality.Classification;

/// <summary>
/// Trains, cross-validates and evaluates text classifiers, always through
/// <see cref="TextClassificationPipeline"/> so every figure describes the pipeline that ships.
/// </summary>
public sealed class ModelTrainer(TimeProvider? timeProvider = null)
{
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    public TrainedModel Train(
        IReadOnlyList<LabelledText> data,
        TrainingOptions? options = null,
        CancellationToken cancellationToken = default) =>
        new TextClassificationPipeline(options).Fit(data, _time.GetUtcNow(), cancellationToken);

    /// <summary>
    /// Stratified k-fold cross-validation: each example is predicted once, by the model trained on
    /// the other folds, and the report covers all of these out-of-fold predictions together.
    /// </summary>
    public EvaluationReport CrossValidate(
        IReadOnlyList<LabelledText> data,
        int folds = 5,
        int seed = 1,
        TrainingOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        var assignment = StratifiedKFold.AssignFolds(data.Select(example => example.Label).ToArray(), folds, seed);
        var predicted = new string[data.Count];
        var pipeline = new TextClassificationPipeline(options);
        for (var fold = 0; fold < folds; fold++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var training = new List<LabelledText>();
            var heldOut = new List<int>();
            for (var i = 0; i < data.Count; i++)
            {
                if (assignment[i] == fold)
                {
                    heldOut.Add(i);
                }
                else
                {
                    training.Add(data[i]);
                }
            }

            var model = pipeline.Fit(training, _time.GetUtcNow(), cancellationToken);
            var predictions = model.PredictAll(heldOut.Select(i => data[i].Text).ToArray(), cancellationToken);
            for (var j = 0; j < heldOut.Count; j++)
            {
                predicted[heldOut[j]] = predictions[j].Label;
            }
        }

        return EvaluationReport.FromPredictions(data.Select(example => example.Label).ToArray(), predicted);
    }

    public EvaluationReport Evaluate(
        TrainedModel model,
        IReadOnlyList<LabelledText> testData,
        CancellationToken cancellationToken = default) =>
        Evaluate(model, testData, model?.Labels ?? [], cancellationToken);

    /// <summary>
    /// Evaluates over a given label set as well as the model's and the data's labels, so that two
    /// classifiers compared on the same data average macro-F1 over the same labels.
    /// </summary>
    public EvaluationReport Evaluate(
        TrainedModel model,
        IReadOnlyList<LabelledText> testData,
        IEnumerable<string> labelSet,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(testData);
        var predictions = model.PredictAll(testData.Select(example => example.Text).ToArray(), cancellationToken);
        return EvaluationReport.FromPredictions(
            testData.Select(example => example.Label).ToArray(),
            predictions.Select(prediction => prediction.Label).ToArray(),
            model.Labels.Concat(labelSet));
    }
}
