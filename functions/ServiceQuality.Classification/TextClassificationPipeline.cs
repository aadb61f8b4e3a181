using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace ServiceQuality.Classification;

/// <summary>
/// The one definition of how a text classifier is trained, used by training, cross-validation and
/// evaluation alike so that reported figures describe the model that ships:
/// character n-grams (1–3, within tokens) → sublinear TF-IDF → L2 normalisation → linear
/// multiclass learner with probability outputs.
/// </summary>
public sealed class TextClassificationPipeline
{
    /// <summary>Bump when featurisation changes in a way that makes older models incomparable.</summary>
    public const string FormatVersion = "1";

    public TextClassificationPipeline(TrainingOptions? options = null)
    {
        Options = options ?? TrainingOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.MaximumNGramLength, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.MinimumDocumentFrequency, 1);
    }

    public TrainingOptions Options { get; }

    /// <summary>Recorded in every model's metadata, so a model says how it was built.</summary>
    public string Version =>
        $"text-classification/{FormatVersion}; char-wb n-grams 1-{Options.MaximumNGramLength}; " +
        $"min-df {Options.MinimumDocumentFrequency}; tf-idf sublinear; l2; {Options.Trainer}";

    public TrainedModel Fit(IReadOnlyList<LabelledText> data, DateTimeOffset trainedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        var labels = data.Select(example => example.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (labels.Length < 2)
        {
            throw new ArgumentException("Training needs examples of at least two labels.", nameof(data));
        }

        var featurizer = TextFeaturizer.Fit(
            data.Select(example => example.Text),
            Options.MaximumNGramLength,
            Options.MinimumDocumentFrequency,
            cancellationToken);

        var keys = labels.Select((label, index) => (label, index)).ToDictionary(pair => pair.label, pair => (uint)pair.index, StringComparer.Ordinal);
        var rows = new LabelledFeatureRow[data.Count];
        Parallel.For(
            0,
            rows.Length,
            new ParallelOptions { CancellationToken = cancellationToken },
            i => rows[i] = new LabelledFeatureRow { Label = keys[data[i].Label], Features = featurizer.Transform(data[i].Text) });

        var context = new MLContext(Options.Seed);
        var trainingData = context.Data.Cache(
            context.Data.LoadFromEnumerable(rows, FeatureSchemas.ForTraining(featurizer.FeatureCount, labels.Length)));

        // ML.NET's fit cannot be interrupted through the public API, so cancellation is honoured
        // before and after it; featurisation, the part that grows with the data, checks throughout.
        cancellationToken.ThrowIfCancellationRequested();
        var transformer = CreateTrainer(context).Fit(trainingData);
        cancellationToken.ThrowIfCancellationRequested();
        var metadata = new ModelMetadata(trainedAt, data.Count, Version, Options.Trainer, labels);
        return new TrainedModel(context, featurizer, transformer, metadata);
    }

    private IEstimator<ITransformer> CreateTrainer(MLContext context)
    {
        const string label = nameof(LabelledFeatureRow.Label);
        const string features = nameof(LabelledFeatureRow.Features);
        var multiclass = context.MulticlassClassification.Trainers;
        var binary = context.BinaryClassification.Trainers;
        return Options.Trainer switch
        {
            TrainerKind.SdcaMaximumEntropy => multiclass.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = label,
                FeatureColumnName = features,
                L2Regularization = Options.L2Regularization ?? TrainerDefaults.SdcaL2,
                MaximumNumberOfIterations = Options.MaximumIterations ?? TrainerDefaults.SdcaIterations,
                // One thread keeps SDCA deterministic, so a retrain on the same data gives the same model.
                NumberOfThreads = 1,
            }),
            TrainerKind.LbfgsMaximumEntropy => multiclass.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = label,
                FeatureColumnName = features,
                L2Regularization = Options.L2Regularization ?? TrainerDefaults.LbfgsL2,
                L1Regularization = 0,
                MaximumNumberOfIterations = Options.MaximumIterations ?? TrainerDefaults.LbfgsIterations,
                NumberOfThreads = 1,
            }),
            TrainerKind.OneVersusAllLinearSvm => multiclass.OneVersusAll(
                binary.LinearSvm(new LinearSvmTrainer.Options
                {
                    LabelColumnName = label,
                    FeatureColumnName = features,
                    Lambda = Options.L2Regularization ?? TrainerDefaults.SvmLambda,
                    NumberOfIterations = Options.MaximumIterations ?? TrainerDefaults.SvmIterations,
                }),
                labelColumnName: label),
            TrainerKind.OneVersusAllSdcaLogisticRegression => multiclass.OneVersusAll(
                binary.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
                {
                    LabelColumnName = label,
                    FeatureColumnName = features,
                    L2Regularization = Options.L2Regularization ?? TrainerDefaults.SdcaL2,
                    MaximumNumberOfIterations = Options.MaximumIterations ?? TrainerDefaults.SdcaIterations,
                    NumberOfThreads = 1,
                }),
                labelColumnName: label),
            TrainerKind.SdcaMulticlassSvm => multiclass.SdcaNonCalibrated(new SdcaNonCalibratedMulticlassTrainer.Options
            {
                LabelColumnName = label,
                FeatureColumnName = features,
                Loss = new HingeLoss(),
                L2Regularization = Options.L2Regularization ?? TrainerDefaults.SdcaSvmL2,
                MaximumNumberOfIterations = Options.MaximumIterations ?? TrainerDefaults.SdcaSvmIterations,
                NumberOfThreads = 1,
            }),
            TrainerKind.OneVersusAllSdcaSvm => multiclass.OneVersusAll(
                binary.SdcaNonCalibrated(
                    labelColumnName: label,
                    featureColumnName: features,
                    lossFunction: new HingeLoss(),
                    l2Regularization: Options.L2Regularization ?? TrainerDefaults.SdcaSvmL2,
                    maximumNumberOfIterations: Options.MaximumIterations ?? TrainerDefaults.SdcaSvmIterations),
                labelColumnName: label,
                useProbabilities: false),
            _ => throw new ArgumentOutOfRangeException(nameof(Options), Options.Trainer, "Unknown trainer."),
        };
    }
}
