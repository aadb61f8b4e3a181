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

    private static char Fold(char c)
    {
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
