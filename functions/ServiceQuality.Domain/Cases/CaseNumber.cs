using System.Globalization;

namespace ServiceQuality.Domain.Cases;

/// <summary>A human-readable case number, unique within its year and without gaps: 2026-000123.</summary>
public readonly record struct CaseNumber(int Year, int Sequence)
{
    public override string ToString() => $"{Year:D4}-{Sequence:D6}";

    /// <summary>
    /// Reads a case number as citizens type it: full-width digits and dashes (２０２６－０００１２３, from a Chinese
    /// input method) and other dash look-alikes are read as their ASCII forms, and surrounding spaces are ignored.
    /// </summary>
    public static bool TryParse(string? text, out CaseNumber number)
    {
        number = default;
        text = Normalise(text);
        if (text is not { Length: 11 } || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            || year < 2000 || sequence < 1)
        {
            return false;
        }
        number = new CaseNumber(year, sequence);
        return true;
    }

    private static string? Normalise(string? text)
    {
        if (text is null || text.Length > 64)
        {
            return text;
        }
        // NFKC folds full-width forms (０-９, －); the dashes it leaves alone are mapped by hand. Text that cannot be
        // normalised (a lone surrogate) is no case number, and is left for the checks below to refuse.
        string folded;
        try
        {
            folded = text.Trim().Normalize(System.Text.NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return text;
        }
        return string.Create(folded.Length, folded, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] is '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\u30FC' or '\uFE63' ? '-' : source[i];
            }
        });
    }
}
