using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace ServiceQuality.Classification;

/// <summary>
/// The one definition of how a text classifier is trained, used by training, cross-validation and
/// evaluation alike so that reported figures describe the model that ships:
/// character n-grams (1–4, within whitespace-separated tokens, seen in at least two texts) →
/// sublinear TF-IDF → L2 normalisation → linear multiclass learner with probability-like outputs:
/// by default one-versus-rest linear SVMs solved by dual coordinate descent
/// (<see cref="OneVersusRestSvmTrainer"/>), or one of ML.NET's trainers.
/// </summary>
public sealed class TextClassificationPipeline
{
    /// <summary>Bump when featurisation changes in a way that makes older models incomparable.</summary>
    public const string FormatVersion = "2";

    public TextClassificationPipeline(TrainingOptions? options = null)
    {
        Options = options ?? TrainingOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.MaximumNGramLength, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.MinimumDocumentFrequency, 1);
    }

    public TrainingOptions Options { get; }

    /// <summary>Recorded in every model's metadata, so a model says how it was built.</summary>
    public string Version =>
        $"text-classification/{FormatVersion}; char-wb n-grams 1-{Options.MaximumNGramLength} within {Options.TokenBoundaries}; " +
        $"min-df {Options.MinimumDocumentFrequency}; tf-idf sublinear; l2; {Options.Trainer}";

    public TrainedModel Fit(IReadOnlyList<LabelledText> data, DateTimeOffset trainedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        var labels = data.Select(example => example.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (labels.Length < 2)
        {
            throw new ArgumentException("Training needs examples of at least two labels.", nameof(data));
        }

        var (featurizer, rows) = TextFeaturizer.FitTransform(
            data.Select(example => example.Text).ToArray(),
            new CharNGramExtractor(Options.MaximumNGramLength, Options.TokenBoundaries),
            Options.MinimumDocumentFrequency,
            cancellationToken);

        var keys = labels.Select((label, index) => (label, index)).ToDictionary(pair => pair.label, pair => pair.index, StringComparer.Ordinal);
        var targets = data.Select(example => keys[example.Label]).ToArray();
        IFeatureClassifier classifier = Options.Trainer == TrainerKind.DualCoordinateDescentSvm
            ? TrainLinearSvm(rows, targets, labels.Length, cancellationToken)
            : TrainWithMlNet(rows, targets, labels.Length, cancellationToken);
        var metadata = new ModelMetadata(trainedAt, data.Count, Version, Options.Trainer, labels);
        return new TrainedModel(featurizer, classifier, metadata);
    }

    private LinearClassifier TrainLinearSvm(SparseRowMatrix rows, int[] targets, int labelCount, CancellationToken cancellationToken)
    {
        var cost = Options.L2Regularization is { } lambda ? 1.0 / (lambda * rows.RowCount) : TrainerDefaults.DualSvmCost;
        var solver = new DualCoordinateDescentSvm(
            cost,
            TrainerDefaults.DualSvmTolerance,
            Options.MaximumIterations ?? TrainerDefaults.DualSvmIterations);
        var trainer = new OneVersusRestSvmTrainer(solver, TrainerDefaults.DualSvmConfidenceScale, Options.Seed);
        return trainer.Train(rows, targets, labelCount, cancellationToken);
    }

    private MlNetFeatureClassifier TrainWithMlNet(SparseRowMatrix rows, int[] targets, int labelCount, CancellationToken cancellationToken)
    {
        var context = new MLContext(Options.Seed);
        var labelled = targets.Select((target, i) => new LabelledFeatureRow { Label = (uint)target, Features = rows.ToVector(i) }).ToArray();
        var trainingData = context.Data.Cache(
            context.Data.LoadFromEnumerable(labelled, FeatureSchemas.ForTraining(rows.ColumnCount, labelCount)));

        // ML.NET's fit cannot be interrupted through the public API, so cancellation is honoured
        // before and after it; featurisation, the part that grows with the data, checks throughout.
        cancellationToken.ThrowIfCancellationRequested();
        var transformer = CreateTrainer(context).Fit(trainingData);
        cancellationToken.ThrowIfCancellationRequested();
        return new MlNetFeatureClassifier(context, transformer, rows.ColumnCount);
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
