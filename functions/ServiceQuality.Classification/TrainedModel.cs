using System.IO.Compression;
using System.Text.Json;
using Microsoft.ML;
using ServiceQuality.Classification.Engine;

namespace ServiceQuality.Classification;

/// <summary>
/// A trained classifier: one ML.NET transformer chain from text to one score per label, and its
/// metadata. It saves to a single zip archive holding <c>metadata.json</c> and <c>model.zip</c>, the
/// chain as <c>MLContext.Model.Save</c> writes it, so a model can be stored anywhere as one blob and
/// <c>model.zip</c> alone loads with <c>MLContext.Model.Load</c>.
/// </summary>
public sealed class TrainedModel
{
    public const string MetadataEntry = "metadata.json";
    public const string ModelEntry = "model.zip";

    /// <summary>
    /// Multiplies the learner's margins before the softmax that turns them into confidences. Of the
    /// scales tried (0.5–8), 3 gave the lowest held-out log-loss over the corpora of docs/datasets.md.
    /// </summary>
    private const float ConfidenceScale = 3f;

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    private readonly MLContext _context;

    internal TrainedModel(MLContext context, ITransformer chain, ModelMetadata metadata)
    {
        _context = context;
        Chain = chain;
        Metadata = metadata;
    }

    public IReadOnlyList<string> Labels => Metadata.Labels;

    public ModelMetadata Metadata { get; }

    /// <summary>The ML.NET chain from <see cref="TextRow"/> to a <c>Score</c> vector (one squared distance per label, in <see cref="Labels"/> order).</summary>
    public ITransformer Chain { get; }

    /// <summary>An ML.NET context that can load models of this library (its custom mapping registered).</summary>
    public static MLContext CreateContext(int? seed = null)
    {
        var context = new MLContext(seed);
        context.ComponentCatalog.RegisterAssembly(typeof(CharNGramTermFrequencyMapping).Assembly);
        return context;
    }

    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        using (var entry = archive.CreateEntry(MetadataEntry).Open())
        {
            JsonSerializer.Serialize(entry, Metadata, JsonOptions);
        }

        // ML.NET's own format is already a compressed archive.
        using (var entry = archive.CreateEntry(ModelEntry, CompressionLevel.NoCompression).Open())
        {
            var inputSchema = _context.Data.LoadFromEnumerable(Array.Empty<TextRow>()).Schema;
            _context.Model.Save(Chain, inputSchema, entry);
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
        var context = CreateContext();
        var chain = ReadEntry(archive, ModelEntry, entry => context.Model.Load(entry, out _));
        var model = new TrainedModel(context, chain, metadata);

        // A model whose scores do not line up with its labels would mislabel every text: refuse it now.
        var scores = chain.GetOutputSchema(context.Data.LoadFromEnumerable(Array.Empty<TextRow>()).Schema)[Columns.Score].Type is Microsoft.ML.Data.VectorDataViewType vector ? vector.Size : 0;
        if (scores != metadata.Labels.Count)
        {
            throw new InvalidDataException($"The model gives {scores} scores for {metadata.Labels.Count} labels.");
        }

        return model;
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

    /// <summary>A prediction engine over the chain: not thread-safe, so callers pool them.</summary>
    internal PredictionEngine<TextRow, ScoreRow> CreateEngine() =>
        _context.Model.CreatePredictionEngine<TextRow, ScoreRow>(Chain, ignoreMissingColumns: true);

    /// <summary>Scores many texts in one pass of ML.NET's batch <c>Transform</c>.</summary>
    internal IReadOnlyList<TextPrediction> PredictAll(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        var input = _context.Data.LoadFromEnumerable(texts.Select(text => new TextRow { Text = text }));
        var predictions = new List<TextPrediction>(texts.Count);
        foreach (var row in _context.Data.CreateEnumerable<ScoreRow>(Chain.Transform(input), reuseRowObject: true))
        {
            cancellationToken.ThrowIfCancellationRequested();
            predictions.Add(ToPrediction(row.Score));
        }

        return predictions;
    }

    /// <summary>
    /// Turns the chain's scores (squared distances, smallest for the best label) into a prediction.
    /// They become SVM margins up to a shared constant (<see cref="ModelMetadata.MarginsPerDistance"/>),
    /// and the margins confidences by a softmax of <see cref="ConfidenceScale"/> × the margins, so
    /// they sum to 1 and a clear winner (one margin positive, the rest negative) gets most of the mass
    /// while texts near several boundaries get a low confidence and go to review.
    /// </summary>
    internal TextPrediction ToPrediction(ReadOnlySpan<float> distances)
    {
        if (distances.Length != Labels.Count)
        {
            throw new InvalidOperationException($"The model produced {distances.Length} scores for {Labels.Count} labels.");
        }

        var best = 0;
        for (var i = 1; i < distances.Length; i++)
        {
            if (distances[i] < distances[best])
            {
                best = i;
            }
        }

        // Relative to the best label every exponent is at or below 0, so none overflows.
        var perDistance = ConfidenceScale * Metadata.MarginsPerDistance;
        Span<double> exponentials = distances.Length <= 256 ? stackalloc double[distances.Length] : new double[distances.Length];
        double sum = 0;
        for (var i = 0; i < distances.Length; i++)
        {
            exponentials[i] = float.IsFinite(distances[i]) ? Math.Exp(-perDistance * (distances[i] - distances[best])) : 0;
            sum += exponentials[i];
        }

        var byLabel = new Dictionary<string, float>(Labels.Count, StringComparer.Ordinal);
        for (var i = 0; i < distances.Length; i++)
        {
            byLabel[Labels[i]] = (float)(exponentials[i] / sum);
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
