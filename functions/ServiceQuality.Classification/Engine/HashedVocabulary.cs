using Microsoft.ML;
using Microsoft.ML.Data;
using ServiceQuality.Classification.Learning;

namespace ServiceQuality.Classification.Engine;

/// <summary>
/// The fitted state of the featurizer, counted from the training texts: which hashed n-gram slots are
/// kept (seen in at least min-df training texts), their document frequencies, and the training texts'
/// features. It is counted here, in parallel over the texts, and then handed to standard ML.NET
/// transforms (<see cref="FitSelection"/>, <see cref="FitIdf"/>) that hold it inside the saved model.
/// </summary>
/// <remarks>
/// Document frequencies come from sorting every text's distinct slots together and counting the runs,
/// which costs time in proportion to the n-grams of the corpus rather than to the 16.8 million slots.
/// The training matrix (<see cref="Features"/>) is built from the same term frequencies, with the same
/// arithmetic as the chain's transforms (kept slots in slot order, times idf, L2-normalised): running
/// every training text through the chain instead would featurise each text a second time, in one thread.
/// </remarks>
internal sealed class HashedVocabulary
{
    private HashedVocabulary(int[] slots, int[] documentFrequencies, int documentCount, int minimumDocumentFrequency, SparseRowMatrix features)
    {
        Slots = slots;
        DocumentFrequencies = documentFrequencies;
        DocumentCount = documentCount;
        MinimumDocumentFrequency = minimumDocumentFrequency;
        Features = features;
    }

    /// <summary>The kept hash slots, ascending: the feature vector's index i is slot Slots[i].</summary>
    public int[] Slots { get; }

    /// <summary>In how many training texts each kept slot occurs, by feature index.</summary>
    public int[] DocumentFrequencies { get; }

    public int DocumentCount { get; }

    public int MinimumDocumentFrequency { get; }

    /// <summary>The training texts' features as the fitted chain computes them: L2-normalised sublinear TF-IDF of the kept slots, one row per text.</summary>
    public SparseRowMatrix Features { get; }

    public static HashedVocabulary Count(IReadOnlyList<string> texts, int minimumDocumentFrequency, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        var vectors = new VBuffer<float>[texts.Count];
        Parallel.For(0, texts.Count, options, i => vectors[i] = CharNGramHashing.TermFrequencies(texts[i]));

        // One entry per (text, distinct slot): the slot in the high half, its position in the flat arrays in the low half.
        var starts = new int[texts.Count + 1];
        for (var i = 0; i < texts.Count; i++)
        {
            starts[i + 1] = checked(starts[i] + vectors[i].GetValues().Length);
        }

        var entries = new long[starts[^1]];
        var frequencies = new float[starts[^1]];
        Parallel.For(0, texts.Count, options, i =>
        {
            var indices = vectors[i].GetIndices();
            vectors[i].GetValues().CopyTo(frequencies.AsSpan(starts[i]));
            for (var k = 0; k < indices.Length; k++)
            {
                entries[starts[i] + k] = ((long)indices[k] << 32) | (uint)(starts[i] + k);
            }
        });

        cancellationToken.ThrowIfCancellationRequested();
        var sorted = SortBySlot(entries);

        // Each text holds a slot at most once, so a run's length is the slot's document frequency.
        var featureOf = new int[entries.Length];
        var slots = new List<int>();
        var documentFrequencies = new List<int>();
        for (var start = 0; start < sorted.Length;)
        {
            var slot = (int)(sorted[start] >> 32);
            var end = start + 1;
            while (end < sorted.Length && (int)(sorted[end] >> 32) == slot)
            {
                end++;
            }

            var feature = end - start >= minimumDocumentFrequency ? slots.Count : -1;
            if (feature >= 0)
            {
                slots.Add(slot);
                documentFrequencies.Add(end - start);
            }

            for (var k = start; k < end; k++)
            {
                featureOf[(int)sorted[k]] = feature;
            }

            start = end;
        }

        if (slots.Count == 0)
        {
            throw new ArgumentException($"No n-gram occurs in {minimumDocumentFrequency} or more of the training texts.", nameof(texts));
        }

        var idf = documentFrequencies.Select(df => Idf(df, texts.Count)).ToArray();
        var features = BuildFeatures(starts, featureOf, frequencies, idf, slots.Count, options);
        return new HashedVocabulary([.. slots], [.. documentFrequencies], texts.Count, minimumDocumentFrequency, features);
    }

    /// <summary>Smoothed idf, ln((1 + n) / (1 + df)) + 1, as scikit-learn computes it.</summary>
    public static double Idf(int documentFrequency, int documents) =>
        Math.Log((1.0 + documents) / (1.0 + documentFrequency)) + 1.0;

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

    /// <summary>Least-significant-digit radix sort on the slot (bits 32–55), 8 bits a pass.</summary>
    private static long[] SortBySlot(long[] entries)
    {
        var source = entries;
        var target = new long[entries.Length];
        var counts = new int[256];
        for (var shift = 32; shift < 32 + CharNGramHashing.BucketBits; shift += 8)
        {
            Array.Clear(counts);
            foreach (var entry in source)
            {
                counts[(int)(entry >> shift) & 0xFF]++;
            }

            for (int digit = 0, position = 0; digit < counts.Length; digit++)
            {
                (counts[digit], position) = (position, position + counts[digit]);
            }

            foreach (var entry in source)
            {
                target[counts[(int)(entry >> shift) & 0xFF]++] = entry;
            }

            (source, target) = (target, source);
        }

        return source;
    }

    private static SparseRowMatrix BuildFeatures(int[] starts, int[] featureOf, float[] frequencies, double[] idf, int featureCount, ParallelOptions options)
    {
        var rows = starts.Length - 1;
        var rowStarts = new int[rows + 1];
        for (var i = 0; i < rows; i++)
        {
            var kept = 0;
            for (var p = starts[i]; p < starts[i + 1]; p++)
            {
                kept += featureOf[p] >= 0 ? 1 : 0;
            }

            rowStarts[i + 1] = rowStarts[i] + kept;
        }

        var indices = new int[rowStarts[^1]];
        var values = new float[rowStarts[^1]];
        Parallel.For(0, rows, options, i =>
        {
            // Slots ascend within a text and kept slots keep their order as features, so the indices ascend.
            var k = rowStarts[i];
            double squaredNorm = 0;
            for (var p = starts[i]; p < starts[i + 1]; p++)
            {
                var feature = featureOf[p];
                if (feature >= 0)
                {
                    var value = (float)(frequencies[p] * idf[feature]);
                    indices[k] = feature;
                    values[k++] = value;
                    squaredNorm += (double)value * value;
                }
            }

            if (squaredNorm > 0)
            {
                var scale = (float)(1 / Math.Sqrt(squaredNorm));
                for (var j = rowStarts[i]; j < k; j++)
                {
                    values[j] *= scale;
                }
            }
        });

        return new SparseRowMatrix(featureCount, rowStarts, indices, values);
    }
}
