using System.Text;
using CsvHelper;

namespace ServiceQuality.Classification;

/// <summary>
/// Reads labelled training data from CSV (RFC 4180 quoting) with CsvHelper. The header names the columns; by
/// default they are <c>text</c> and <c>label</c>, but public corpora use other names
/// (e.g. <c>label,review</c>), so the caller may say which column is which. Lines starting with
/// <c>#</c> before the header are comments, so data files can carry their provenance.
/// </summary>
public static class TrainingCsv
{
    public const string DefaultTextColumn = "text";
    public const string DefaultLabelColumn = "label";

    public static IReadOnlyList<LabelledText> ReadCsv(
        TextReader reader,
        string textColumn = DefaultTextColumn,
        string labelColumn = DefaultLabelColumn)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(textColumn);
        ArgumentException.ThrowIfNullOrWhiteSpace(labelColumn);

        var (skippedLines, body) = SkipPreamble(reader.ReadToEnd());
        if (body.Length == 0)
        {
            throw new TrainingCsvException(1, "the file has no header line.");
        }

        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = true,
            SkipEmptyLines = true,
            TrimWhitespace = false,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
        };

        using var csv = CsvReader.FromText(body, options);
        var headerLine = skippedLines + 1;
        try
        {
            var textIndex = ColumnIndex(csv, textColumn, headerLine);
            var labelIndex = ColumnIndex(csv, labelColumn, headerLine);
            var examples = new List<LabelledText>();
            while (csv.Read())
            {
                if (csv.FieldCount != csv.Headers.Count)
                {
                    throw new TrainingCsvException(
                        skippedLines + (int)csv.LineNumber,
                        $"expected {csv.Headers.Count} fields as in the header but found {csv.FieldCount}.");
                }

                var label = csv.GetString(labelIndex).Trim();
                if (label.Length == 0)
                {
                    throw new TrainingCsvException(skippedLines + (int)csv.LineNumber, $"the '{labelColumn}' field is empty.");
                }

                examples.Add(new LabelledText(csv.GetString(textIndex), label));
            }

            return examples;
        }
        catch (CsvFormatException e)
        {
            throw new TrainingCsvException(skippedLines + (int)e.LineNumber, Problem(e.Message));
        }
    }

    /// <summary>Reads a whole stream (BOM-aware, UTF-8 by default) without blocking on I/O.</summary>
    public static async Task<IReadOnlyList<LabelledText>> ReadCsvAsync(
        Stream stream,
        string textColumn = DefaultTextColumn,
        string labelColumn = DefaultLabelColumn,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var streamReader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var content = await streamReader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        using var reader = new StringReader(content);
        return ReadCsv(reader, textColumn, labelColumn);
    }

    /// <summary>
    /// Skips the byte-order mark and the blank and '#' lines before the header. Done here rather than with
    /// CsvHelper's CommentPrefix, which would also drop a data line whose unquoted text starts with '#'.
    /// </summary>
    private static (int SkippedLines, string Body) SkipPreamble(string content)
    {
        var start = content.Length > 0 && content[0] == '\uFEFF' ? 1 : 0;
        var skipped = 0;
        while (start < content.Length)
        {
            var end = content.IndexOfAny(['\r', '\n'], start);
            var line = content.AsSpan(start, (end < 0 ? content.Length : end) - start);
            if (!line.IsWhiteSpace() && line[0] != '#')
            {
                break;
            }

            skipped++;
            start = end < 0 ? content.Length : end + (content[end] == '\r' && end + 1 < content.Length && content[end + 1] == '\n' ? 2 : 1);
        }

        return (skipped, content[start..]);
    }

    private static int ColumnIndex(CsvReader csv, string column, int headerLine)
    {
        // Names match exactly first, then ignoring case and surrounding spaces, as curated files vary.
        if (csv.TryGetFieldIndex(column, out var index))
        {
            return index;
        }

        throw new TrainingCsvException(
            headerLine,
            $"the header has no '{column}' column (columns: {string.Join(", ", csv.Headers)}).");
    }

    /// <summary>The curator's wording of CsvHelper's quoting errors, which carry no reason code when they throw.</summary>
    private static string Problem(string message) => message switch
    {
        _ when message.Contains("never closed", StringComparison.Ordinal) => "a quoted field is never closed.",
        _ when message.Contains("after the closing quote", StringComparison.Ordinal) => "unexpected text after a closing quote.",
        _ => message,
    };
}
