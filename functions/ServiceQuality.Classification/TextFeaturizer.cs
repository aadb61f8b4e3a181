using System.Runtime.InteropServices;
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

    // Format 2 records the token boundaries; format 1 always cut at script changes.
    private const int FormatVersion = 2;

    private readonly NGramIndex _vocabulary;
    private readonly float[] _idf;

    private TextFeaturizer(CharNGramExtractor extractor, NGramIndex vocabulary, float[] idf)
    {
        Extractor = extractor;
        _vocabulary = vocabulary;
        _idf = idf;
    }

    public CharNGramExtractor Extractor { get; }

    /// <summary>Length of every feature vector (the vocabulary size).</summary>
    public int FeatureCount => _idf.Length;

    public static TextFeaturizer Fit(
        IEnumerable<string> texts,
        int maximumNGramLength = 3,
        int minimumDocumentFrequency = 1,
        CancellationToken cancellationToken = default) =>
        Fit(texts, new CharNGramExtractor(maximumNGramLength), minimumDocumentFrequency, cancellationToken);

    public static TextFeaturizer Fit(
        IEnumerable<string> texts,
        CharNGramExtractor extractor,
        int minimumDocumentFrequency = 1,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumDocumentFrequency, 1);
        var counter = Count(texts, extractor, keepOccurrences: false, cancellationToken);
        var (vocabulary, idf, _) = counter.Select(minimumDocumentFrequency);
        return new TextFeaturizer(extractor, vocabulary, idf);
    }

    private static DocumentFrequencyCounter Count(
        IEnumerable<string> texts, CharNGramExtractor extractor, bool keepOccurrences, CancellationToken cancellationToken)
    {
        var counter = new DocumentFrequencyCounter(extractor, keepOccurrences);
        foreach (var text in texts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            counter.Add(text);
        }

        return counter;
    }

    /// <summary>
    /// Fits the featurizer and returns the training texts' vectors with it, in one extraction pass
    /// over the texts instead of two.
    /// </summary>
    internal static (TextFeaturizer Featurizer, SparseRowMatrix Rows) FitTransform(
        IReadOnlyList<string> texts,
        CharNGramExtractor extractor,
        int minimumDocumentFrequency,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumDocumentFrequency, 1);
        var counter = Count(texts, extractor, keepOccurrences: true, cancellationToken);
        var (vocabulary, idf, vocabularyIds) = counter.Select(minimumDocumentFrequency);
        var featurizer = new TextFeaturizer(extractor, vocabulary, idf);
        var rows = new (int[] Indices, float[] Values)[texts.Count];
        Parallel.For(
            0,
            texts.Count,
            new ParallelOptions { CancellationToken = cancellationToken },
            document =>
            {
                var occurrences = counter.Occurrences(document);
                var ids = new int[occurrences.Length];
                var kept = 0;
                foreach (var id in occurrences)
                {
                    if (vocabularyIds[id] >= 0)
                    {
                        ids[kept++] = vocabularyIds[id];
                    }
                }

                rows[document] = featurizer.Weigh(ids.AsSpan(0, kept));
            });

        var rowStarts = new int[rows.Length + 1];
        for (var i = 0; i < rows.Length; i++)
        {
            rowStarts[i + 1] = checked(rowStarts[i] + rows[i].Indices.Length);
        }

        var indices = new int[rowStarts[^1]];
        var values = new float[rowStarts[^1]];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i].Indices.CopyTo(indices, rowStarts[i]);
            rows[i].Values.CopyTo(values, rowStarts[i]);
        }

        return (featurizer, new SparseRowMatrix(featurizer.FeatureCount, rowStarts, indices, values));
    }

    /// <summary>The weighted, L2-normalised feature vector; n-grams not seen in training are ignored.</summary>
    public VBuffer<float> Transform(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ids = new List<int>(text.Length * Extractor.MaximumLength);
        Extractor.Visit(text, gram =>
        {
            if (_vocabulary.TryGetValue(gram, out var id))
            {
                ids.Add(id);
            }
        });

        var (indices, values) = Weigh(CollectionsMarshal.AsSpan(ids));
        return new VBuffer<float>(FeatureCount, indices.Length, values, indices);
    }

    /// <summary>
    /// Sublinear TF-IDF of a text given the vocabulary ids of its n-grams (repeats included, any
    /// order), L2-normalised, as sorted indices and their values.
    /// </summary>
    private (int[] Indices, float[] Values) Weigh(Span<int> ids)
    {
        ids.Sort();
        var distinct = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            if (i == 0 || ids[i] != ids[i - 1])
            {
                distinct++;
            }
        }

        var indices = new int[distinct];
        var values = new float[distinct];
        double squaredNorm = 0;
        for (int start = 0, k = 0; start < ids.Length; k++)
        {
            var end = start + 1;
            while (end < ids.Length && ids[end] == ids[start])
            {
                end++;
            }

            var weight = (1.0 + Math.Log(end - start)) * _idf[ids[start]];
            indices[k] = ids[start];
            values[k] = (float)weight;
            squaredNorm += weight * weight;
            start = end;
        }

        if (squaredNorm > 0)
        {
            var scale = (float)(1.0 / Math.Sqrt(squaredNorm));
            for (var i = 0; i < values.Length; i++)
            {
                values[i] *= scale;
            }
        }

        return (indices, values);
    }

    /// <summary>The non-zero features of a text by n-gram, for inspection and diagnostics.</summary>
    public IReadOnlyDictionary<string, float> Describe(string text)
    {
        var vector = Transform(text);
        var names = _vocabulary.GramsById();

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
        writer.Write((int)Extractor.Boundaries);
        writer.Write(_idf.Length);
        var grams = _vocabulary.GramsById();
        for (var id = 0; id < grams.Length; id++)
        {
            var gram = grams[id];
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
        if (version is < 1 or > FormatVersion)
        {
            throw new InvalidDataException($"Unsupported featurizer format version {version}.");
        }

        var maximumLength = reader.ReadInt32();
        var boundaries = version == 1 ? TokenBoundaries.WhitespaceAndScriptChanges : (TokenBoundaries)reader.ReadInt32();
        if (!Enum.IsDefined(boundaries))
        {
            throw new InvalidDataException($"Unknown token boundaries {(int)boundaries}.");
        }

        var count = reader.ReadInt32();
        var vocabulary = new NGramIndex(count);
        var idf = new float[count];
        for (var id = 0; id < count; id++)
        {
            var length = reader.Read7BitEncodedInt();
            var chars = new char[length];
            for (var i = 0; i < length; i++)
            {
                chars[i] = (char)reader.ReadUInt16();
            }

            if (!vocabulary.TryAdd(chars, id))
            {
                throw new InvalidDataException($"The featurizer lists the n-gram '{new string(chars)}' twice.");
            }

            idf[id] = reader.ReadSingle();
        }

        return new TextFeaturizer(new CharNGramExtractor(maximumLength, boundaries), vocabulary, idf);
    }
}
