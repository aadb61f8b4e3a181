using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.ML;

namespace ServiceQuality.Classification;

/// <summary>
/// A trained classifier: the fitted featurizer, the ML.NET model and its metadata. It saves to a
/// single zip archive that holds everything needed to predict, so a model can be stored anywhere
/// as one blob and loaded with nothing but this library.
/// </summary>
public sealed class TrainedModel
{
    private const string MetadataEntry = "metadata.json";
    private const string FeaturizerEntry = "featurizer.bin";
    private const string ClassifierEntry = "classifier.zip";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly MLContext _context;
    private readonly ITransformer _transformer;

    internal TrainedModel(MLContext context, TextFeaturizer featurizer, ITransformer transformer, ModelMetadata metadata)
    {
        _context = context;
        _transformer = transformer;
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

        using (var entry = archive.CreateEntry(ClassifierEntry, CompressionLevel.NoCompression).Open())
        {
            // ML.NET's own format is already a compressed archive.
            _context.Model.Save(_transformer, FeatureSchemas.PredictionInputSchema(_context, Featurizer.FeatureCount), entry);
        }
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

        var context = new MLContext();
        var transformer = ReadEntry(archive, ClassifierEntry, entry => context.Model.Load(entry, out _));
        return new TrainedModel(context, featurizer, transformer, metadata);
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

    internal PredictionEngine<FeatureRow, ScoreRow> CreatePredictionEngine() =>
        _context.Model.CreatePredictionEngine<FeatureRow, ScoreRow>(
            _transformer,
            ignoreMissingColumns: true,
            inputSchemaDefinition: FeatureSchemas.ForPrediction(Featurizer.FeatureCount));

    /// <summary>Scores many texts in one pass, much faster than one engine call per text.</summary>
    internal IReadOnlyList<TextPrediction> PredictAll(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        var rows = new FeatureRow[texts.Count];
        Parallel.For(
            0,
            rows.Length,
            new ParallelOptions { CancellationToken = cancellationToken },
            i => rows[i] = new FeatureRow { Features = Featurizer.Transform(texts[i]) });

        var input = _context.Data.LoadFromEnumerable(rows, FeatureSchemas.ForPrediction(Featurizer.FeatureCount));
        var scored = _transformer.Transform(input);
        return _context.Data.CreateEnumerable<ScoreRow>(scored, reuseRowObject: false)
            .Select(row => ToPrediction(row.Score))
            .ToList();
    }

    /// <summary>
    /// Turns raw scores into a prediction. The maximum-entropy trainers already give
    /// probabilities; one-versus-all scores are per-class probabilities that need not sum to 1,
    /// so they are rescaled to make confidences comparable across trainers.
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
