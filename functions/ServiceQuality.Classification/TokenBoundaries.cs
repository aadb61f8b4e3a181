namespace ServiceQuality.Classification;

/// <summary>Where <see cref="CharNGramExtractor"/> cuts text into the tokens its n-grams stay inside.</summary>
public enum TokenBoundaries
{
    /// <summary>
    /// At whitespace only, as scikit-learn's <c>char_wb</c> does: n-grams may span punctuation and a
    /// change of script ("很慢," or "i很"). The default, and the more accurate on every corpus measured
    /// (docs/datasets.md): Chinese clauses keep the n-grams that join them to punctuation and digits.
    /// </summary>
    Whitespace,

    /// <summary>
    /// At whitespace and wherever the script changes (CJK, letters and digits, symbols), so "wifi很慢!"
    /// gives "wifi", "很慢" and "!". How models of featurizer format 1 were built.
    /// </summary>
    WhitespaceAndScriptChanges,
}
