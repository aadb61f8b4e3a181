using System.Globalization;

namespace ServiceQuality.Classification;

/// <summary>
/// Coarse script classes used to cut text into tokens. Whitespace always ends a token; with
/// <see cref="TokenBoundaries.WhitespaceAndScriptChanges"/> a change of class does too, so that mixed
/// text such as "wifi很慢" yields "wifi" and "很慢".
/// </summary>
internal enum CharacterClass
{
    Separator,
    Cjk,
    Word,
    Symbol,
}

internal static class CharacterClassifier
{
    public static bool IsSeparator(char c) => char.IsWhiteSpace(c) || char.IsControl(c);

    public static CharacterClass Classify(char c)
    {
        if (IsSeparator(c))
        {
            return CharacterClass.Separator;
        }

        if (IsCjk(c))
        {
            return CharacterClass.Cjk;
        }

        if (char.IsLetterOrDigit(c))
        {
            return CharacterClass.Word;
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation
                => CharacterClass.Word,
            _ => CharacterClass.Symbol,
        };
    }

    private static bool IsCjk(char c) => c switch
    {
        >= '\u1100' and <= '\u11FF' => true, // Hangul Jamo
        >= '\u2E80' and <= '\u2FDF' => true, // CJK and Kangxi radicals
        >= '\u3005' and <= '\u3007' => true, // 々 〆 〇
        >= '\u3040' and <= '\u30FF' => true, // Hiragana, Katakana
        >= '\u3100' and <= '\u31BF' => true, // Bopomofo, Hangul compatibility Jamo
        >= '\u31F0' and <= '\u31FF' => true, // Katakana phonetic extensions
        >= '\u3400' and <= '\u4DBF' => true, // CJK extension A
        >= '\u4E00' and <= '\u9FFF' => true, // CJK unified ideographs
        >= '\uAC00' and <= '\uD7AF' => true, // Hangul syllables
        >= '\uF900' and <= '\uFAFF' => true, // CJK compatibility ideographs
        >= '\uFF66' and <= '\uFF9F' => true, // half-width Katakana
        // High surrogates of planes 2 and 3, where the rarer ideographs (extensions B onwards) live.
        >= '\uD840' and <= '\uD8BF' => true,
        _ => false,
    };
}
