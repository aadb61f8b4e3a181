using System.IO.Compression;
using Microsoft.ML.Data;

namespace ServiceQuality.Classification;

/// <summary>
/// The part of a trained model after featurisation. Two kinds exist: an ML.NET transformer (the
/// ML.NET trainers) and plain linear weights (<see cref="LinearClassifier"/>), because ML.NET's
/// public API cannot build a multiclass model from weights trained elsewhere.
/// </summary>
internal interface IFeatureClassifier
{
    /// <summary>Scores many rows at once, as evaluation does.</summary>
    IReadOnlyList<float[]> ScoreAll(IReadOnlyList<VBuffer<float>> rows, CancellationToken cancellationToken);

    /// <summary>A thread-safe scorer for serving; <paramref name="maximumRetained"/> bounds any pool it keeps.</summary>
    IFeatureScorer CreateScorer(int maximumRetained);

    /// <summary>Adds this classifier's own entry to a model archive.</summary>
    void Save(ZipArchive archive);
}
