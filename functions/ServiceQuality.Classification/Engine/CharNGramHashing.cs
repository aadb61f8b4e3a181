using System.Buffers;
using System.Runtime.CompilerServices;
using Microsoft.ML.Data;

namespace ServiceQuality.Classification.Engine;

/// <summary>
/// The stateless half of the featurizer: the character n-grams of <see cref="CharNGramExtractor"/>,
/// each hashed to one of <see cref="BucketCount"/> slots, counted, with sublinear term frequency
/// (1 + ln tf). The vocabulary (slots seen in enough training texts) and the idf weights are the
/// stateful half, kept by standard ML.NET transforms after this one (see
/// <see cref="TextClassificationPipeline"/>). The hash is fixed (FNV-1a over the UTF-16 code units,
/// then a 64-bit finaliser), never process-randomised, so a saved model means the same on any machine.
/// </summary>
internal static class CharNGramHashing
{
    public const int BucketBits = 24;

    /// <summary>
    /// 16.8 million slots: a corpus of 20,000 texts has one to two million distinct n-grams, so two
    /// n-grams seen in several texts share a slot only about once in a hundred, and the vector is
    /// sparse, so its length costs nothing per text.
    /// </summary>
    public const int BucketCount = 1 << BucketBits;

    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    public static VBuffer<float> TermFrequencies(string? text)
    {
        var normalized = TextNormalizer.Normalize(text ?? string.Empty);

        // Every character starts at most MaximumLength n-grams, and so does each of a token's two markers.
        var bound = (normalized.Length * 3 + 2) * CharNGramExtractor.MaximumLength;
        var buckets = ArrayPool<int>.Shared.Rent(Math.Max(bound, 1));
        try
        {
            var count = Collect(normalized, buckets);
            return Weigh(buckets.AsSpan(0, count));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buckets);
        }
    }

    /// <summary>The slot of one n-gram, as <see cref="TermFrequencies"/> computes it.</summary>
    public static int Bucket(ReadOnlySpan<char> nGram)
    {
        var hash = FnvOffset;
        foreach (var c in nGram)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return Finish(hash);
    }

    // The hot path of training and prediction: compiled optimised from the first call.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Collect(string normalized, int[] buckets)
    {
        var count = 0;
        foreach (var (start, length) in CharNGramExtractor.TokenSpans(normalized))
        {
            // The padded token is marker, normalized[start..start + length), marker: positions 0 … length + 1.
            var paddedLength = length + 2;
            for (var offset = 0; offset < paddedLength; offset++)
            {
                var hash = FnvOffset;
                var last = Math.Min(offset + CharNGramExtractor.MaximumLength, paddedLength);
                for (var position = offset; position < last; position++)
                {
                    var c = position == 0 || position == paddedLength - 1
                        ? CharNGramExtractor.BoundaryMarker
                        : normalized[start + position - 1];
                    hash = (hash ^ c) * FnvPrime;

                    // A lone boundary marker says nothing about the text.
                    if (position > offset || c != CharNGramExtractor.BoundaryMarker)
                    {
                        buckets[count++] = Finish(hash);
                    }
                }
            }
        }

        return count;
    }

    private static int Finish(ulong hash)
    {
        // The murmur3 64-bit finaliser spreads FNV's weak high bits before the top ones are taken.
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        hash *= 0xc4ceb9fe1a85ec53UL;
        hash ^= hash >> 33;
        return (int)(hash >> (64 - BucketBits));
    }

    private static VBuffer<float> Weigh(Span<int> buckets)
    {
        buckets.Sort();
        var distinct = 0;
        for (var i = 0; i < buckets.Length; i++)
        {
            if (i == 0 || buckets[i] != buckets[i - 1])
            {
                distinct++;
            }
        }

        var indices = new int[distinct];
        var values = new float[distinct];
        for (int start = 0, k = 0; start < buckets.Length; k++)
        {
            var end = start + 1;
            while (end < buckets.Length && buckets[end] == buckets[start])
            {
                end++;
            }

            indices[k] = buckets[start];
            values[k] = 1f + MathF.Log(end - start);
            start = end;
        }

        return new VBuffer<float>(BucketCount, distinct, values, indices);
    }
}
