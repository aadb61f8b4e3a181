using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.ML.Data;

namespace ServiceQuality.Classification;

/// <summary>
/// A trained classifier: the fitted featurizer, the classifier over its vectors and its metadata. It
/// saves to a single zip archive that holds everything needed to predict, so a model can be stored
/// anywhere as one blob and loaded with nothing but this library.
/// </summary>
public sealed class TrainedModel
{
    private const string MetadataEntry = "metadata.json";
    private const string FeaturizerEntry = "featurizer.bin";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly IFeatureClassifier _classifier;

    internal TrainedModel(TextFeaturizer featurizer, IFeatureClassifier classifier, ModelMetadata metadata)
    {
        _classifier = classifier;
        Featurizer = featurizer;
        Metadata = metadata;
    }

    public IReadOnlyList<string> Labels => Metadata.Labels;

    public ModelMetadata Metadata { get; }

    public TextFeaturizer Featurizer { get; }

    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);

        using (var entry = archive.CreateEntry(MetadataEntry).Open())
        {
            JsonSerializer.Serialize(entry, Metadata, JsonOptions);
        }

        using (var entry = archive.CreateEntry(FeaturizerEntry).Open())
        {
            Featurizer.Write(entry);
        }

        _classifier.Save(archive);
    }

    /// <summary>Saves without blocking on the destination (e.g. a blob upload stream).</summary>
    public async Task SaveAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        Save(buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
    }

    public static TrainedModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);

        var metadata = ReadEntry(archive, MetadataEntry, entry => JsonSerializer.Deserialize<ModelMetadata>(entry, JsonOptions))
            ?? throw new InvalidDataException("The model archive has empty metadata.");
        var featurizer = ReadEntry(archive, FeaturizerEntry, TextFeaturizer.Read);

        // Models of the ML.NET trainers hold an ML.NET archive; those of the linear SVM, its weights.
        IFeatureClassifier classifier = archive.GetEntry(LinearClassifier.ArchiveEntry) is not null
            ? ReadEntry(archive, LinearClassifier.ArchiveEntry, LinearClassifier.Read)
            : ReadEntry(archive, MlNetFeatureClassifier.ArchiveEntry, entry => MlNetFeatureClassifier.Load(entry, featurizer.FeatureCount));
        if (classifier is LinearClassifier linear && (linear.FeatureCount != featurizer.FeatureCount || linear.LabelCount != metadata.Labels.Count))
        {
            throw new InvalidDataException(
                $"The linear classifier has {linear.FeatureCount} features and {linear.LabelCount} labels; the model has {featurizer.FeatureCount} and {metadata.Labels.Count}.");
        }

        return new TrainedModel(featurizer, classifier, metadata);
    }

    /// <summary>Loads without blocking on the source (e.g. a blob download stream).</summary>
    public static async Task<TrainedModel> LoadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        buffer.Position = 0;
        return Load(buffer);
    }

    /// <summary>A thread-safe scorer for serving; see <see cref="IFeatureClassifier.CreateScorer"/>.</summary>
    internal IFeatureScorer CreateScorer(int maximumRetained) => _classifier.CreateScorer(maximumRetained);

    /// <summary>Scores many texts in one pass, much faster than one call per text.</summary>
    internal IReadOnlyList<TextPrediction> PredictAll(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        var rows = new VBuffer<float>[texts.Count];
        Parallel.For(
            0,
            rows.Length,
            new ParallelOptions { CancellationToken = cancellationToken },
            i => rows[i] = Featurizer.Transform(texts[i]));

        return _classifier.ScoreAll(rows, cancellationToken).Select(scores => ToPrediction(scores)).ToList();
    }

    /// <summary>
    /// Turns raw scores into a prediction. The maximum-entropy trainers and the linear SVM's softmax
    /// already give probabilities; one-versus-all scores are per-class probabilities that need not
    /// sum to 1, so they are rescaled to make confidences comparable across trainers.
    /// </summary>
    internal TextPrediction ToPrediction(ReadOnlySpan<float> scores)
    {
        if (scores.Length != Labels.Count)
        {
            throw new InvalidOperationException($"The model produced {scores.Length} scores for {Labels.Count} labels.");
        }

        double sum = 0;
        foreach (var score in scores)
        {
            sum += float.IsFinite(score) ? Math.Max(score, 0f) : 0f;
        }

        var byLabel = new Dictionary<string, float>(Labels.Count, StringComparer.Ordinal);
        var best = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            var raw = float.IsFinite(scores[i]) ? Math.Max(scores[i], 0f) : 0f;
            var probability = sum > 0 ? (float)(raw / sum) : 1f / scores.Length;
            byLabel[Labels[i]] = Math.Clamp(probability, 0f, 1f);
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        return new TextPrediction(Labels[best], byLabel[Labels[best]], byLabel);
    }

    private static T ReadEntry<T>(ZipArchive archive, string name, Func<Stream, T> read)
    {
        var entry = archive.GetEntry(name) ?? throw new InvalidDataException($"The model archive has no '{name}'.");
        using var buffer = new MemoryStream();
        using (var source = entry.Open())
        {
            source.CopyTo(buffer);
        }

        buffer.Position = 0;
        return read(buffer);
    }
}
