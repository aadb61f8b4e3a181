using System.Text;
using Microsoft.ML.Data;

namespace ServiceQuality.Classification;

/// <summary>
/// Turns text into a sparse TF-IDF vector over a fitted vocabulary of character n-grams:
/// sublinear term frequency (1 + ln tf), smoothed IDF (ln((1 + n) / (1 + df)) + 1) and L2
/// normalisation, the weighting that works best for short texts in linear models. It runs outside
/// ML.NET because ML.NET's n-gram transforms neither respect token boundaries nor offer sublinear
/// term frequency; the fitted state is saved inside the model archive so predictions reproduce it.
/// Immutable once fitted, hence safe to share between threads.
/// </summary>
public sealed class TextFeaturizer
{
    private const string Magic = "SQ-TFIDF";
    private const int FormatVersion = 1;

    private readonly Dictionary<string, int> _vocabulary;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly float[] _idf;

    private TextFeaturizer(CharNGramExtractor extractor, Dictionary<string, int> vocabulary, float[] idf)
    {
        Extractor = extractor;
        _vocabulary = vocabulary;
        _lookup = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        _idf = idf;
    }

    public CharNGramExtractor Extractor { get; }

    /// <summary>Length of every feature vector (the vocabulary size).</summary>
    public int FeatureCount => _idf.Length;

    public static TextFeaturizer Fit(
        IEnumerable<string> texts,
        int maximumNGramLength = 3,
        int minimumDocumentFrequency = 1,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumDocumentFrequency, 1);
        var extractor = new CharNGramExtractor(maximumNGramLength);

        var candidates = new Dictionary<string, int>(StringComparer.Ordinal);
        var candidateLookup = candidates.GetAlternateLookup<ReadOnlySpan<char>>();
        var documentFrequency = new List<int>();
        var lastDocument = new List<int>();
        var documents = 0;
        foreach (var text in texts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var document = documents++;
            extractor.Visit(text ?? string.Empty, gram =>
            {
                if (!candidateLookup.TryGetValue(gram, out var id))
                {
                    id = candidates.Count;
                    candidateLookup[gram] = id;
                    documentFrequency.Add(0);
                    lastDocument.Add(-1);
                }

                if (lastDocument[id] != document)
                {
                    lastDocument[id] = document;
                    documentFrequency[id]++;
                }
            });
        }

        // Ids follow first appearance, so the same data always gives the same feature layout.
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var idf = new List<float>();
        foreach (var (gram, id) in candidates.OrderBy(pair => pair.Value))
        {
            var df = documentFrequency[id];
            if (df < minimumDocumentFrequency)
            {
                continue;
            }

            vocabulary.Add(gram, vocabulary.Count);
            idf.Add((float)(Math.Log((1.0 + documents) / (1.0 + df)) + 1.0));
        }

        return new TextFeaturizer(extractor, vocabulary, [.. idf]);
    }

    /// <summary>The weighted, L2-normalised feature vector; n-grams not seen in training are ignored.</summary>
    public VBuffer<float> Transform(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counts = new Dictionary<int, int>();
        Extractor.Visit(text, gram =>
        {
            if (_lookup.TryGetValue(gram, out var id))
            {
                counts[id] = counts.TryGetValue(id, out var count) ? count + 1 : 1;
            }
        });

        var indices = counts.Keys.ToArray();
        Array.Sort(indices);
        var values = new float[indices.Length];
        double squaredNorm = 0;
        for (var i = 0; i < indices.Length; i++)
        {
            var weight = (1.0 + Math.Log(counts[indices[i]])) * _idf[indices[i]];
            values[i] = (float)weight;
            squaredNorm += weight * weight;
        }

        if (squaredNorm > 0)
        {
            var scale = (float)(1.0 / Math.Sqrt(squaredNorm));
            for (var i = 0; i < values.Length; i++)
            {
                values[i] *= scale;
            }
        }

        return new VBuffer<float>(FeatureCount, indices.Length, values, indices);
    }

    /// <summary>The non-zero features of a text by n-gram, for inspection and diagnostics.</summary>
    public IReadOnlyDictionary<string, float> Describe(string text)
    {
        var vector = Transform(text);
        var names = new string[FeatureCount];
        foreach (var (gram, id) in _vocabulary)
        {
            names[id] = gram;
        }

        var result = new SortedDictionary<string, float>(StringComparer.Ordinal);
        // Items() rather than GetIndices(): a vector using every feature is stored densely, without indices.
        foreach (var (index, value) in vector.Items())
        {
            result[names[index]] = value;
        }

        return result;
    }

    internal void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(Extractor.MaximumLength);
        writer.Write(_idf.Length);
        foreach (var (gram, id) in _vocabulary.OrderBy(pair => pair.Value))
        {
            // Written as UTF-16 code units, not UTF-8, so that an n-gram holding half a surrogate
            // pair round-trips exactly instead of collapsing into U+FFFD.
            writer.Write7BitEncodedInt(gram.Length);
            foreach (var c in gram)
            {
                writer.Write((ushort)c);
            }

            writer.Write(_idf[id]);
        }
    }

    internal static TextFeaturizer Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadString() != Magic)
        {
            throw new InvalidDataException("The model archive does not contain a text featurizer.");
        }

        var version = reader.ReadInt32();
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"Unsupported featurizer format version {version}.");
        }

        var maximumLength = reader.ReadInt32();
        var count = reader.ReadInt32();
        var vocabulary = new Dictionary<string, int>(count, StringComparer.Ordinal);
        var idf = new float[count];
        for (var id = 0; id < count; id++)
        {
            var length = reader.Read7BitEncodedInt();
            var chars = new char[length];
            for (var i = 0; i < length; i++)
            {
                chars[i] = (char)reader.ReadUInt16();
            }

            vocabulary.Add(new string(chars), id);
            idf[id] = reader.ReadSingle();
        }

        return new TextFeaturizer(new CharNGramExtractor(maximumLength), vocabulary, idf);
    }
}
