using System.Text;

namespace ServiceQuality.Classification;

/// <summary>
/// Reads labelled training data from CSV (RFC 4180 quoting). The header names the columns; by
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

        var parser = new CsvRecordReader(reader);
        var header = ReadHeader(parser);
        var textIndex = ColumnIndex(header.Fields, textColumn, header.LineNumber);
        var labelIndex = ColumnIndex(header.Fields, labelColumn, header.LineNumber);

        var examples = new List<LabelledText>();
        while (parser.TryRead(out var record))
        {
            if (record.IsBlank)
            {
                continue;
            }

            if (record.Fields.Count != header.Fields.Count)
            {
                throw new TrainingCsvException(
                    record.LineNumber,
                    $"expected {header.Fields.Count} fields as in the header but found {record.Fields.Count}.");
            }

            var label = record.Fields[labelIndex].Trim();
            if (label.Length == 0)
            {
                throw new TrainingCsvException(record.LineNumber, $"the '{labelColumn}' field is empty.");
            }

            examples.Add(new LabelledText(record.Fields[textIndex], label));
        }

        return examples;
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

    private static CsvRecord ReadHeader(CsvRecordReader parser)
    {
        while (parser.TryRead(out var record))
        {
            if (record.IsBlank || record.IsComment)
            {
                continue;
            }

            return record;
        }

        throw new TrainingCsvException(1, "the file has no header line.");
    }

    private static int ColumnIndex(IReadOnlyList<string> header, string column, int lineNumber)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i].Trim(), column, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        throw new TrainingCsvException(
            lineNumber,
            $"the header has no '{column}' column (columns: {string.Join(", ", header)}).");
    }
}
