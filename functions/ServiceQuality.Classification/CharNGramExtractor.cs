namespace ServiceQuality.Classification;

/// <summary>
/// Character n-grams in the style of scikit-learn's <c>char_wb</c> analyser: the text is normalised,
/// cut into tokens at whitespace, each token is padded with a space on both sides, and n-grams are
/// taken inside the padded token only. The padding lets an n-gram say "at the start/end of a word"
/// without ever spanning two tokens; on Chinese text it keeps a clause joined to its punctuation.
/// </summary>
public static class CharNGramExtractor
{
    public const char BoundaryMarker = ' ';

    /// <summary>Longest n-gram (the shortest is always 1). Part of the saved model's contract.</summary>
    public const int MaximumLength = 4;

    /// <summary>The tokens (normalised, unpadded) the n-grams are taken from.</summary>
    public static IReadOnlyList<string> Tokenize(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        var tokens = new List<string>();
        foreach (var (start, length) in TokenSpans(normalized))
        {
            tokens.Add(normalized.Substring(start, length));
        }

        return tokens;
    }

    /// <summary>All n-grams of the text, repeats included (their count is the term frequency).</summary>
    public static IReadOnlyList<string> Extract(string text)
    {
        var nGrams = new List<string>();
        foreach (var token in Tokenize(text))
        {
            var padded = $"{BoundaryMarker}{token}{BoundaryMarker}";
            for (var n = 1; n <= MaximumLength; n++)
            {
                for (var offset = 0; offset + n <= padded.Length; offset++)
                {
                    // A lone boundary marker says nothing about the text.
                    if (n > 1 || padded[offset] != BoundaryMarker)
                    {
                        nGrams.Add(padded.Substring(offset, n));
                    }
                }
            }
        }

        return nGrams;
    }

    /// <summary>Start and length of each whitespace-separated token of normalised text.</summary>
    internal static List<(int Start, int Length)> TokenSpans(ReadOnlySpan<char> normalized)
    {
        var spans = new List<(int Start, int Length)>();
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

            spans.Add((start, i - start));
        }

        return spans;
    }
}
