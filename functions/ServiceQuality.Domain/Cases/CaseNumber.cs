using System.Globalization;

namespace ServiceQuality.Domain.Cases;

/// <summary>A human-readable case number, unique within its year and without gaps: 2026-000123.</summary>
public readonly record struct CaseNumber(int Year, int Sequence)
{
    public override string ToString() => $"{Year:D4}-{Sequence:D6}";

    public static bool TryParse(string? text, out CaseNumber number)
    {
        number = default;
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
}
