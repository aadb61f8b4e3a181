using Microsoft.ML;
using Microsoft.ML.Data;

namespace ServiceQuality.Classification.Engine;

/// <summary>
/// The fitted state of the featurizer: which hashed n-gram slots are kept (seen in at least min-df
/// training texts) and their document frequencies. It is counted here, in parallel over the texts,
/// and then handed to standard ML.NET transforms (<see cref="FitSelection"/>, <see cref="FitIdf"/>)
/// that hold it inside the saved model; fitting those on the 16.8-million-slot vectors of every
/// training text instead would take several passes over them in one thread.
/// </summary>
internal sealed class HashedVocabulary
{
    private HashedVocabulary(int[] slots, int[] documentFrequencies, int documentCount, int minimumDocumentFrequency)
    {
        Slots = slots;
        DocumentFrequencies = documentFrequencies;
        DocumentCount = documentCount;
        MinimumDocumentFrequency = minimumDocumentFrequency;
    }

    /// <summary>The kept hash slots, ascending: the feature vector's index i is slot Slots[i].</summary>
    public int[] Slots { get; }

    /// <summary>In how many training texts each kept slot occurs, by feature index.</summary>
    public int[] DocumentFrequencies { get; }

    public int DocumentCount { get; }

    public int MinimumDocumentFrequency { get; }

    public static HashedVocabulary Count(IReadOnlyList<string> texts, int minimumDocumentFrequency, CancellationToken cancellationToken)
    {
        var counts = new int[CharNGramHashing.BucketCount];
        Parallel.For(
            0,
            texts.Count,
            new ParallelOptions { CancellationToken = cancellationToken },
            i =>
            {
                foreach (var slot in CharNGramHashing.TermFrequencies(texts[i]).GetIndices())
                {
                    Interlocked.Increment(ref counts[slot]);
                }
            });

        var slots = new List<int>();
        var frequencies = new List<int>();
        for (var slot = 0; slot < counts.Length; slot++)
        {
            if (counts[slot] >= minimumDocumentFrequency)
            {
                slots.Add(slot);
                frequencies.Add(counts[slot]);
            }
        }

        if (slots.Count == 0)
        {
            throw new ArgumentException($"No n-gram occurs in {minimumDocumentFrequency} or more of the training texts.", nameof(texts));
        }

        return new HashedVocabulary([.. slots], [.. frequencies], texts.Count, minimumDocumentFrequency);
    }

    /// <summary>
    /// ML.NET's <c>SelectFeaturesBasedOnCount</c> keeps the slots with at least min-df non-zero values
    /// in the data it is fitted on: fitted on min-df rows that each hold exactly the kept slots, it
    /// keeps exactly those, and saves them with the model as slot ranges to drop.
    /// </summary>
    public ITransformer FitSelection(MLContext context)
    {
        var ones = Enumerable.Repeat(1f, Slots.Length).ToArray();
        var rows = Enumerable.Range(0, MinimumDocumentFrequency)
            .Select(_ => new TermFrequencyRow { TermFrequencies = new VBuffer<float>(CharNGramHashing.BucketCount, Slots.Length, ones, Slots) });
        return context.Transforms.FeatureSelection
            .SelectFeaturesBasedOnCount(Columns.Vocabulary, Columns.TermFrequencies, count: MinimumDocumentFrequency)
            .Fit(context.Data.LoadFromEnumerable(rows));
    }

    public ITransformer FitIdf(MLContext context) =>
        InverseDocumentFrequency.Fit(context, DocumentFrequencies, DocumentCount);
}
