using System.Globalization;
using System.Text;

namespace ServiceQuality.Handlers.Http.Reports;

/// <summary>Writes RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break.</summary>
public sealed class Csv
{
    // A byte-order mark lets spreadsheet programs in Taiwan open the UTF-8 file with its Chinese intact.
    private readonly StringBuilder _text = new("\uFEFF");

    public Csv Row(params IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                _text.Append(',');
            }
            first = false;
            _text.Append(Quote(field ?? ""));
        }
        _text.Append("\r\n");
        return this;
    }

    public override string ToString() => _text.ToString();

    public static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    public static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>
    /// Free text from the public is written so that a spreadsheet shows it rather than running it as a formula.
    /// </summary>
    public static string Text(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value ?? "";

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
