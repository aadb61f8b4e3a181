namespace ServiceQuality.Classification;

/// <summary>
/// Folds the surface variations that carry no meaning in complaints: full-width ASCII (common in
/// zh-TW input methods) becomes half-width, the ideographic space becomes a space, and letters are
/// lower-cased. Done by hand rather than with Unicode NFKC so that the same model gives the same
/// features on every machine, whatever ICU version the host happens to have.
/// </summary>
public static class TextNormalizer
{
    private const char FullWidthFirst = '\uFF01';
    private const char FullWidthLast = '\uFF5E';
    private const int FullWidthOffset = 0xFEE0;
    private const char IdeographicSpace = '\u3000';
    private const char FirstCaselessCjk = '\u3040';
    private const char LastCaselessCjk = '\uA63F';

    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (destination, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                destination[i] = Fold(source[i]);
            }
        });
    }

    /// <summary>One character as <see cref="Normalize"/> folds it.</summary>
    public static char Fold(char c)
    {
        // Fast paths for the common cases, same results as below: ASCII, and the kana and CJK
        // ideographs, which have no case and no full-width form.
        if (c < 0x80)
        {
            return char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }

        if (c is >= FirstCaselessCjk and <= LastCaselessCjk)
        {
            return c;
        }

        if (c is >= FullWidthFirst and <= FullWidthLast)
        {
            c = (char)(c - FullWidthOffset);
        }
        else if (c == IdeographicSpace)
        {
            c = ' ';
        }

        return char.ToLowerInvariant(c);
    }
}
