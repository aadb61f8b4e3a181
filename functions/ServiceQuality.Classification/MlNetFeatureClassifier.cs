using System.IO.Compression;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ServiceQuality.Classification;

/// <summary>An ML.NET transformer over the TF-IDF vectors, saved in ML.NET's own format.</summary>
internal sealed class MlNetFeatureClassifier(MLContext context, ITransformer transformer, int featureCount) : IFeatureClassifier
{
    public const string ArchiveEntry = "classifier.zip";

    public static MlNetFeatureClassifier Load(Stream stream, int featureCount)
    {
        var context = new MLContext();
        return new MlNetFeatureClassifier(context, context.Model.Load(stream, out _), featureCount);
    }

    public IReadOnlyList<float[]> ScoreAll(IReadOnlyList<VBuffer<float>> rows, CancellationToken cancellationToken)
    {
        var input = context.Data.LoadFromEnumerable(
            rows.Select(features => new FeatureRow { Features = features }).ToArray(),
            FeatureSchemas.ForPrediction(featureCount));
        return context.Data.CreateEnumerable<ScoreRow>(transformer.Transform(input), reuseRowObject: false)
            .Select(row =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                return row.Score;
            })
            .ToList();
    }

    public IFeatureScorer CreateScorer(int maximumRetained) => new PooledEngineScorer(
        () => context.Model.CreatePredictionEngine<FeatureRow, ScoreRow>(
            transformer,
            ignoreMissingColumns: true,
            inputSchemaDefinition: FeatureSchemas.ForPrediction(featureCount)),
        maximumRetained);

    public void Save(ZipArchive archive)
    {
        // ML.NET's own format is already a compressed archive.
        using var entry = archive.CreateEntry(ArchiveEntry, CompressionLevel.NoCompression).Open();
        context.Model.Save(transformer, FeatureSchemas.PredictionInputSchema(context, featureCount), entry);
    }
}
