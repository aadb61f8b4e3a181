using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ServiceQuality.Classification;

/// <summary>
/// The counting half of fitting a <see cref="TextFeaturizer"/>: reads the training texts one by one,
/// gives every new n-gram an id and counts the texts each occurs in. When asked, it also keeps the
/// ids of every text's n-grams, so the training rows can be weighted without extracting and looking
/// up all their n-grams a second time.
/// </summary>
internal sealed class DocumentFrequencyCounter
{
    private readonly NGramIndex _ids = new();
    private readonly List<int> _documentFrequency = [];
    private readonly List<int> _lastDocument = [];
    private readonly List<int>? _occurrences;
    private readonly List<int> _documentStarts = [0];
    private readonly NGramVisitor _count;

    public DocumentFrequencyCounter(CharNGramExtractor extractor, bool keepOccurrences)
    {
        Extractor = extractor;
        _occurrences = keepOccurrences ? [] : null;
        _count = Count;
    }

    public CharNGramExtractor Extractor { get; }

    public int DocumentCount => _documentStarts.Count - 1;

    public void Add(string? text)
    {
        Extractor.Visit(text ?? string.Empty, _count);
        _documentStarts.Add(_occurrences?.Count ?? 0);
    }

    /// <summary>
    /// The vocabulary of n-grams in at least <paramref name="minimumDocumentFrequency"/> texts with
    /// their smoothed IDF, and for every counted id its vocabulary id (−1 if dropped). Vocabulary ids
    /// keep the order of first appearance, so the same data always gives the same feature layout.
    /// </summary>
    public (NGramIndex Vocabulary, float[] Idf, int[] VocabularyIds) Select(int minimumDocumentFrequency)
    {
        var vocabularyIds = new int[_ids.Count];
        var idf = new List<float>();
        for (var id = 0; id < vocabularyIds.Length; id++)
        {
            var df = _documentFrequency[id];
            if (df < minimumDocumentFrequency)
            {
                vocabularyIds[id] = -1;
                continue;
            }

            vocabularyIds[id] = idf.Count;
            idf.Add((float)(Math.Log((1.0 + DocumentCount) / (1.0 + df)) + 1.0));
        }

        return (_ids.Remap(vocabularyIds), [.. idf], vocabularyIds);
    }

    /// <summary>The counted ids of a text's n-grams, repeats included; only when occurrences are kept.</summary>
    public ReadOnlySpan<int> Occurrences(int document)
    {
        if (_occurrences is null)
        {
            throw new InvalidOperationException("This counter does not keep occurrences.");
        }

        return CollectionsMarshal.AsSpan(_occurrences)[_documentStarts[document].._documentStarts[document + 1]];
    }

    // On the path of every n-gram of a training run, often in a fresh process: compiled optimised
    // from the first call rather than spending the run's first part in unoptimised tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Count(ReadOnlySpan<char> gram)
    {
        var document = DocumentCount;
        if (!_ids.TryGetValue(gram, out var id))
        {
            id = _ids.Count;
            _ids.TryAdd(gram, id);
            _documentFrequency.Add(0);
            _lastDocument.Add(-1);
        }

        if (_lastDocument[id] != document)
        {
            _lastDocument[id] = document;
            _documentFrequency[id]++;
        }

        _occurrences?.Add(id);
    }
}
