using System.Text;

namespace ServiceQuality.Domain.Validation;

/// <summary>Free text as citizens and staff paste it, cleaned the same way everywhere.</summary>
public static class FreeText
{
    /// <summary>
    /// Removes control characters (pasted text often carries invisible ones), keeps line breaks, turns tabs
    /// into spaces and trims; null when nothing is left.
    /// </summary>
    public static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (!char.IsControl(c) || c == '\n')
            {
                builder.Append(c);
            }
            else if (c == '\t')
            {
                builder.Append(' ');
            }
        }
        var cleaned = builder.ToString().Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }
}
