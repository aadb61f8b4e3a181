using System.Globalization;
using CsvHelper;

namespace ServiceQuality.Handlers.Http.Reports;

/// <summary>
/// RFC 4180 CSV written with CsvHelper: CRLF line ends, fields quoted only when they hold a comma, quote or
/// line break, and a UTF-8 byte-order mark first.
/// </summary>
public sealed class Csv
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        NewLine = "\r\n",
        Quoting = CsvQuoting.WhenNeeded,

        // Open-data rows have a column per question of every survey, so rows may differ in length.
        ValidateFieldCount = false,
    };

    private readonly List<string?[]> _rows = [];

    public Csv Row(params IEnumerable<string?> fields)
    {
        _rows.Add([.. fields]);
        return this;
    }

    public override string ToString()
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);

        // A byte-order mark lets spreadsheet programs in Taiwan (Excel, zh-TW) open the UTF-8 file with its
        // Chinese intact. The writer's own WriteByteOrderMark applies to streams only; the text is a string here.
        text.Write('\uFEFF');
        using (var writer = CsvWriter.Create(text, Options, leaveOpen: true))
        {
            foreach (var row in _rows)
            {
                writer.WriteRecord(row);
            }
        }

        return text.ToString();
    }

    public static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    public static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>
    /// Free text from the public is written so that a spreadsheet shows it rather than running it as a formula.
    /// Kept by hand rather than CsvHelper's Injection option, which would apply to every text field, numbers
    /// passed as text included: a negative change such as "-2.5" must stay a number.
    /// </summary>
    public static string Text(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value ?? "";
}
