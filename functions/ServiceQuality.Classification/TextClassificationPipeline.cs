using Microsoft.ML;
using Microsoft.ML.Data;
using ServiceQuality.Classification.Engine;
using ServiceQuality.Classification.Learning;

namespace ServiceQuality.Classification;

/// <summary>
/// The one definition of how a text classifier is trained, used by training, cross-validation and
/// evaluation alike so that reported figures describe the model that ships. It is one ML.NET
/// transformer chain, saved and loaded whole by ML.NET:
/// character 1–4-grams within whitespace tokens, hashed, sublinear TF (<see cref="CharNGramTermFrequencyMapping"/>)
/// → the slots seen in at least two training texts (<c>SelectFeaturesBasedOnCount</c>, min-df)
/// → idf (<see cref="InverseDocumentFrequency"/>) → L2 normalisation (<c>NormalizeLpNorm</c>)
/// → a linear learner, one score per label, each label's examples weighted by the inverse square root of its frequency.
/// </summary>
public sealed class TextClassificationPipeline
{
    /// <summary>Bump when featurisation changes in a way that makes older models incomparable.</summary>
    public const string FormatVersion = "3";

    public TextClassificationPipeline(TrainingOptions? options = null)
    {
        Options = options ?? TrainingOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.MinimumDocumentFrequency, 1);
    }

    public TrainingOptions Options { get; }

    /// <summary>Recorded in every model's metadata, so a model says how it was built.</summary>
    public string Version =>
        $"text-classification/{FormatVersion}; ML.NET; char-wb n-grams 1-{CharNGramExtractor.MaximumLength} hashed 2^{CharNGramHashing.BucketBits}; " +
        $"min-df {Options.MinimumDocumentFrequency}; tf-idf sublinear; l2; {Learner}";

    /// <summary>The learner, as recorded in model metadata.</summary>
    public string Learner => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"one-vs-rest squared-hinge linear SVM (dual coordinate descent, C={Options.Cost}{(Options.BalanceLabels ? ", label weights sqrt(n / (labels x n_label))" : "")}) in ML.NET k-means scorer");

    public TrainedModel Fit(IReadOnlyList<LabelledText> data, DateTimeOffset trainedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        var labels = data.Select(example => example.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (labels.Length < 2)
        {
            throw new ArgumentException("Training needs examples of at least two labels.", nameof(data));
        }

        var context = TrainedModel.CreateContext(Options.Seed);
        var input = context.Data.LoadFromEnumerable(Array.Empty<TextRow>());
        var termFrequencies = context.Transforms
            .CustomMapping(new CharNGramTermFrequencyMapping().GetMapping(), CharNGramTermFrequencyMapping.ContractName)
            .Fit(input);
        var counted = HashedVocabulary.Count(data.Select(example => example.Text).ToArray(), Options.MinimumDocumentFrequency, cancellationToken);
        var featurizer = termFrequencies.Append(counted.FitSelection(context)).Append(counted.FitIdf(context));
        var normalize = context.Transforms.NormalizeLpNorm(Columns.Features, Columns.Weighted).Fit(featurizer.Transform(input));
        var normalized = featurizer.Append(normalize).Transform(input);
        var withBias = context.Transforms.Concatenate(Columns.SvmInput, Columns.Features, Columns.Bias).Fit(normalized);

        // The solver trains on the counted features, which are the chain's features of the training texts.
        var targets = data.Select(example => Array.BinarySearch(labels, example.Label, StringComparer.Ordinal)).ToArray();
        var solver = new DualCoordinateDescentSvm(Options.Cost, Options.Tolerance, Options.MaximumIterations);
        var weights = new OneVersusRestSvmTrainer(solver, Options.Seed).Train(counted.Features, targets, labels.Length, LabelWeights(targets, labels.Length), cancellationToken);
        var (scorer, labelOfCluster, marginsPerDistance) = MarginCentroids.Fit(context, weights, cancellationToken);

        var chain = featurizer.Append(normalize).Append(withBias).Append(scorer);
        var metadata = new ModelMetadata(trainedAt, data.Count, Version, Learner, labelOfCluster.Select(k => labels[k]).ToArray(), marginsPerDistance);
        return new TrainedModel(context, chain, metadata);
    }

    // The square root of scikit-learn's "balanced" weights n / (labels × nₖ): a rare label's examples
    // weigh more in the loss, so that macro-F1's rare labels are not given up for the frequent ones, but
    // only half as much on a log scale, so that a label of a few examples does not bend the boundary
    // around them (fully balanced weights cost BANKING77 0.0017 and gained the hotel reviews 0.0036).
    // On equally frequent labels all weights are 1 and the model is what it was without them.
    private double[]? LabelWeights(int[] targets, int labelCount)
    {
        if (!Options.BalanceLabels)
        {
            return null;
        }

        var counts = new int[labelCount];
        foreach (var target in targets)
        {
            counts[target]++;
        }

        return counts.Select(count => Math.Sqrt((double)targets.Length / (labelCount * count))).ToArray();
    }
}
