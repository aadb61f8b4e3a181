using System.Runtime.CompilerServices;

namespace ServiceQuality.Classification;

/// <summary>Receives one n-gram; a span avoids allocating a string per n-gram on the hot path.</summary>
internal delegate void NGramVisitor(ReadOnlySpan<char> nGram);

/// <summary>
/// Character n-grams in the style of scikit-learn's <c>char_wb</c> analyser: the text is normalised,
/// cut into tokens (at whitespace, and optionally at script changes: see <see cref="TokenBoundaries"/>),
/// each token is padded with a space on both sides, and n-grams are taken inside the padded token
/// only. The padding lets an n-gram say "at the start/end of a word" without ever spanning two tokens.
/// </summary>
public sealed class CharNGramExtractor
{
    public const char BoundaryMarker = ' ';

    public CharNGramExtractor(int maximumLength = 3, TokenBoundaries boundaries = TokenBoundaries.Whitespace)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maximumLength, 1);
        if (!Enum.IsDefined(boundaries))
        {
            throw new ArgumentOutOfRangeException(nameof(boundaries), boundaries, "Unknown token boundaries.");
        }

        MaximumLength = maximumLength;
        Boundaries = boundaries;
    }

    public int MaximumLength { get; }

    public TokenBoundaries Boundaries { get; }

    /// <summary>The tokens (normalised, unpadded) the n-grams are taken from.</summary>
    public IReadOnlyList<string> Tokenize(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        var tokens = new List<string>();
        foreach (var (start, length) in TokenSpans(normalized))
        {
            tokens.Add(normalized.Substring(start, length));
        }

        return tokens;
    }

    /// <summary>All n-grams of the text, in order, repeats included (their count is the term frequency).</summary>
    public IReadOnlyList<string> Extract(string text)
    {
        var nGrams = new List<string>();
        Visit(text, gram => nGrams.Add(gram.ToString()));
        return nGrams;
    }

    internal void Visit(string text, NGramVisitor visitor)
    {
        var normalized = TextNormalizer.Normalize(text);
        Span<char> padded = normalized.Length <= 254 ? stackalloc char[normalized.Length + 2] : new char[normalized.Length + 2];
        foreach (var (start, length) in TokenSpans(normalized))
        {
            var token = padded[..(length + 2)];
            token[0] = BoundaryMarker;
            normalized.AsSpan(start, length).CopyTo(token[1..]);
            token[^1] = BoundaryMarker;
            VisitToken(token, visitor);
        }
    }

    // On the path of every n-gram of a training run, often in a fresh process: compiled optimised
    // from the first call rather than spending the run's first part in unoptimised tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void VisitToken(ReadOnlySpan<char> paddedToken, NGramVisitor visitor)
    {
        for (var n = 1; n <= MaximumLength && n <= paddedToken.Length; n++)
        {
            for (var offset = 0; offset + n <= paddedToken.Length; offset++)
            {
                // A lone boundary marker says nothing about the text.
                if (n == 1 && paddedToken[offset] == BoundaryMarker)
                {
                    continue;
                }

                visitor(paddedToken.Slice(offset, n));
            }
        }
    }

    private List<(int Start, int Length)> TokenSpans(string normalized)
    {
        var spans = new List<(int Start, int Length)>();
        var start = -1;
        var current = CharacterClass.Separator;
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];

            // The low half of a surrogate pair belongs to whatever its high half started.
            var cls = char.IsLowSurrogate(c) && i > 0 ? current : Classify(c);
            if (cls != current)
            {
                if (current != CharacterClass.Separator)
                {
                    spans.Add((start, i - start));
                }

                start = i;
                current = cls;
            }
        }

        if (current != CharacterClass.Separator)
        {
            spans.Add((start, normalized.Length - start));
        }

        return spans;
    }

    private CharacterClass Classify(char c) => Boundaries switch
    {
        // Every non-separator is one class, so only whitespace ends a token.
        TokenBoundaries.Whitespace => CharacterClassifier.IsSeparator(c) ? CharacterClass.Separator : CharacterClass.Word,
        _ => CharacterClassifier.Classify(c),
    };
}
