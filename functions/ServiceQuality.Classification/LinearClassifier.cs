using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.ML.Data;

namespace ServiceQuality.Classification;

/// <summary>
/// One weight vector and bias per label, as trained by <see cref="OneVersusRestSvmTrainer"/>. A text's
/// margin for a label is <c>w · x + b</c>; the confidences are a softmax of the margins times
/// <see cref="ConfidenceScale"/>, so they sum to 1 and a clear winner (one margin positive, the rest
/// negative) gets most of the mass while texts near several boundaries get a low confidence and go
/// to review. Immutable, so one instance serves every thread without pooling.
/// </summary>
internal sealed class LinearClassifier : IFeatureClassifier, IFeatureScorer
{
    public const string ArchiveEntry = "linear-classifier.bin";

    private const string Magic = "SQ-LINEAR";
    private const int FormatVersion = 1;

    // Feature-major (all labels' weights of feature 0, then of feature 1, …): a text touches a few
    // hundred features, and each feature's weights for every label then sit in one cache line.
    private readonly float[] _weights;
    private readonly float[] _biases;

    public LinearClassifier(int featureCount, int labelCount, float[] weights, float[] biases, float confidenceScale)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(featureCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(labelCount, 2);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(biases);
        if (weights.Length != (long)featureCount * labelCount || biases.Length != labelCount)
        {
            throw new ArgumentException($"Expected {featureCount} × {labelCount} weights and {labelCount} biases.", nameof(weights));
        }

        if (!float.IsFinite(confidenceScale) || confidenceScale <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(confidenceScale), confidenceScale, "The confidence scale must be a positive number.");
        }

        FeatureCount = featureCount;
        LabelCount = labelCount;
        _weights = weights;
        _biases = biases;
        ConfidenceScale = confidenceScale;
    }

    public int FeatureCount { get; }

    public int LabelCount { get; }

    /// <summary>Multiplies the margins before the softmax; larger gives more decided confidences.</summary>
    public float ConfidenceScale { get; }

    /// <summary>The raw decision values <c>w · x + b</c>, one per label.</summary>
    public void Margins(VBuffer<float> features, Span<float> margins)
    {
        if (features.Length != FeatureCount)
        {
            throw new ArgumentException($"The vector has {features.Length} features; the classifier expects {FeatureCount}.", nameof(features));
        }

        if (margins.Length != LabelCount)
        {
            throw new ArgumentException($"Room for {margins.Length} margins; the classifier has {LabelCount} labels.", nameof(margins));
        }

        _biases.CopyTo(margins);
        var values = features.GetValues();
        var indices = features.IsDense ? default : features.GetIndices();
        var labels = LabelCount;
        for (var k = 0; k < values.Length; k++)
        {
            var feature = features.IsDense ? k : indices[k];
            var value = values[k];
            var row = _weights.AsSpan(feature * labels, labels);
            for (var label = 0; label < labels; label++)
            {
                margins[label] += row[label] * value;
            }
        }
    }

    public float[] Score(VBuffer<float> features)
    {
        var scores = new float[LabelCount];
        Margins(features, scores);
        var largest = float.NegativeInfinity;
        foreach (var margin in scores)
        {
            largest = Math.Max(largest, margin);
        }

        // Shifting by the largest margin keeps every exponent at or below 0, so none overflows.
        double sum = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = MathF.Exp(ConfidenceScale * (scores[i] - largest));
            sum += scores[i];
        }

        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = (float)(scores[i] / sum);
        }

        return scores;
    }

    public IReadOnlyList<float[]> ScoreAll(IReadOnlyList<VBuffer<float>> rows, CancellationToken cancellationToken)
    {
        var scores = new float[rows.Count][];
        Parallel.For(0, rows.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => scores[i] = Score(rows[i]));
        return scores;
    }

    public IFeatureScorer CreateScorer(int maximumRetained) => this;

    public void Save(ZipArchive archive)
    {
        using var entry = archive.CreateEntry(ArchiveEntry, CompressionLevel.Fastest).Open();
        Write(entry);
    }

    internal void Write(Stream stream)
    {
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(FeatureCount);
            writer.Write(LabelCount);
            writer.Write(ConfidenceScale);
        }

        WriteFloats(stream, _biases);
        WriteFloats(stream, _weights);
    }

    internal static LinearClassifier Read(Stream stream)
    {
        int featureCount;
        int labelCount;
        float confidenceScale;
        using (var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true))
        {
            if (reader.ReadString() != Magic)
            {
                throw new InvalidDataException("The model archive does not contain a linear classifier.");
            }

            var version = reader.ReadInt32();
            if (version != FormatVersion)
            {
                throw new InvalidDataException($"Unsupported linear classifier format version {version}.");
            }

            featureCount = reader.ReadInt32();
            labelCount = reader.ReadInt32();
            confidenceScale = reader.ReadSingle();
        }

        if (featureCount < 0 || labelCount < 2 || (long)featureCount * labelCount > Array.MaxLength)
        {
            throw new InvalidDataException($"A linear classifier of {featureCount} features and {labelCount} labels is not valid.");
        }

        var biases = ReadFloats(stream, labelCount);
        var weights = ReadFloats(stream, featureCount * labelCount);
        return new LinearClassifier(featureCount, labelCount, weights, biases, confidenceScale);
    }

    // Little-endian on every machine, like BinaryWriter, but in one block rather than a call per value.
    private static void WriteFloats(Stream stream, float[] values)
    {
        if (BitConverter.IsLittleEndian)
        {
            stream.Write(MemoryMarshal.AsBytes(values.AsSpan()));
            return;
        }

        var swapped = new int[values.Length];
        BinaryPrimitives.ReverseEndianness(MemoryMarshal.Cast<float, int>(values.AsSpan()), swapped);
        stream.Write(MemoryMarshal.AsBytes(swapped.AsSpan()));
    }

    private static float[] ReadFloats(Stream stream, int count)
    {
        var values = new float[count];
        try
        {
            stream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The linear classifier is truncated.", e);
        }

        if (!BitConverter.IsLittleEndian)
        {
            var asIntegers = MemoryMarshal.Cast<float, int>(values.AsSpan());
            BinaryPrimitives.ReverseEndianness(asIntegers, asIntegers);
        }

        return values;
    }
}
