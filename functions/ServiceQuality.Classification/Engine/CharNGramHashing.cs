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
/// <remarks>
/// This runs once per prediction, over every n-gram of the text (about four per character), so it
/// allocates nothing but the result when given a vector to reuse: the folded text and the slots live
/// in pooled arrays, tokens are found on the fly, and the slots are put in order by a radix sort
/// (three passes of 8 bits over the 24-bit slots, or two of 12 on long texts) rather than a comparison sort, whose n log n was
/// most of the cost of a long text.
/// </remarks>
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

    // Below this many slots a comparison sort (insertion sort, at these sizes) beats the radix passes.
    private const int ComparisonSortLimit = 128;
    private const int WideDigitThreshold = 2048;

    // 1 + ln tf for the term frequencies a text commonly has, so that most slots cost no logarithm.
    private static readonly float[] SublinearFrequencies = [.. Enumerable.Range(0, 256).Select(tf => tf == 0 ? 0f : 1f + MathF.Log(tf))];

    public static VBuffer<float> TermFrequencies(string? text)
    {
        VBuffer<float> vector = default;
        TermFrequencies(text, ref vector);
        return vector;
    }

    /// <summary>Writes the text's term frequencies into <paramref name="destination"/>, reusing its arrays when they are large enough.</summary>
    public static void TermFrequencies(string? text, ref VBuffer<float> destination)
    {
        text ??= string.Empty;

        // Every character starts at most MaximumLength n-grams, and so does each of a token's two markers.
        var bound = Math.Max((text.Length * 3 + 2) * CharNGramExtractor.MaximumLength, 1);
        var folded = ArrayPool<char>.Shared.Rent(Math.Max(text.Length, 1));
        var buckets = ArrayPool<int>.Shared.Rent(bound);
        var scratch = ArrayPool<int>.Shared.Rent(bound);
        try
        {
            for (var i = 0; i < text.Length; i++)
            {
                folded[i] = TextNormalizer.Fold(text[i]);
            }

            var count = Collect(folded.AsSpan(0, text.Length), buckets);
            var sorted = Sort(buckets.AsSpan(0, count), scratch.AsSpan(0, count));
            Weigh(sorted, ref destination);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(scratch);
            ArrayPool<int>.Shared.Return(buckets);
            ArrayPool<char>.Shared.Return(folded);
        }
    }

    /// <summary>The slot of one n-gram, as <see cref="TermFrequencies(string?)"/> computes it.</summary>
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
    private static int Collect(ReadOnlySpan<char> normalized, int[] buckets)
    {
        var count = 0;
        var i = 0;
        while (i < normalized.Length)
        {
            if (CharacterClassifier.IsSeparator(normalized[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < normalized.Length && !CharacterClassifier.IsSeparator(normalized[i]))
            {
                i++;
            }

            // The padded token is marker, normalized[start..i), marker: positions 0 … length + 1.
            var paddedLength = i - start + 2;
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

    /// <summary>Least-significant-digit radix sort of slots below 2^24; returns whichever of the two buffers holds the result.</summary>
    private static Span<int> Sort(Span<int> keys, Span<int> scratch)
    {
        if (keys.Length < ComparisonSortLimit)
        {
            keys.Sort();
            return keys;
        }

        // Wider digits mean fewer passes but more counters to clear and sum: worth it on long texts only.
        return keys.Length < WideDigitThreshold ? RadixSort(keys, scratch, 8) : RadixSort(keys, scratch, 12);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Span<int> RadixSort(Span<int> keys, Span<int> scratch, int digitBits)
    {
        var passes = BucketBits / digitBits;
        var radix = 1 << digitBits;
        var mask = radix - 1;
        var rented = ArrayPool<int>.Shared.Rent(passes * radix);
        try
        {
            var counts = rented.AsSpan(0, passes * radix);
            counts.Clear();
            foreach (var key in keys)
            {
                for (var pass = 0; pass < passes; pass++)
                {
                    counts[(pass * radix) + ((key >> (pass * digitBits)) & mask)]++;
                }
            }

            var source = keys;
            var target = scratch;
            for (var pass = 0; pass < passes; pass++)
            {
                // Counts become the first position of each digit.
                var digitCounts = counts.Slice(pass * radix, radix);
                var position = 0;
                for (var digit = 0; digit < radix; digit++)
                {
                    (digitCounts[digit], position) = (position, position + digitCounts[digit]);
                }

                var shift = pass * digitBits;
                foreach (var key in source)
                {
                    target[digitCounts[(key >> shift) & mask]++] = key;
                }

                var swap = source;
                source = target;
                target = swap;
            }

            return source;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rented);
        }
    }

    // Whether a slot repeats the one before it is a coin toss on long texts, so these loops
    // compute it as a value rather than branch on it (a mispredicted branch per slot cost more than the rest).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Weigh(ReadOnlySpan<int> sorted, ref VBuffer<float> destination)
    {
        var distinct = sorted.IsEmpty ? 0 : 1;
        for (var i = 1; i < sorted.Length; i++)
        {
            distinct += sorted[i] != sorted[i - 1] ? 1 : 0;
        }

        var editor = VBufferEditor.Create(ref destination, BucketCount, distinct);
        var indices = editor.Indices;
        var values = editor.Values;
        var k = -1;
        var previous = -1;
        for (var i = 0; i < sorted.Length; i++)
        {
            var slot = sorted[i];
            var isNew = slot != previous;
            k += isNew ? 1 : 0;
            indices[k] = slot;
            values[k] = isNew ? 1f : values[k] + 1f;
            previous = slot;
        }

        for (var j = 0; j < distinct; j++)
        {
            var frequency = (int)values[j];
            values[j] = frequency < SublinearFrequencies.Length ? SublinearFrequencies[frequency] : 1f + MathF.Log(frequency);
        }

        destination = editor.Commit();
    }
}
