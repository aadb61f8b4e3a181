namespace ServiceQuality.Classification;

/// <summary>Where tokens end: n-grams never span whitespace (or control characters), as with <c>char_wb</c>.</summary>
internal static class CharacterClassifier
{
    public static bool IsSeparator(char c) => char.IsWhiteSpace(c) || char.IsControl(c);
}
