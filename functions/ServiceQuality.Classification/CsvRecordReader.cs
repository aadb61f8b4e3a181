using System.Text;

namespace ServiceQuality.Classification;

/// <summary>
/// Splits a text into RFC 4180 records. Quoted fields may span lines, so records are tracked by
/// the physical line they start on. Comment lines are recognised only while no record has been
/// read, which is what lets a quoted field legitimately start with '#'.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader)
{
    private int _line = 1;
    private bool _sawData;

    public bool TryRead(out CsvRecord record)
    {
        record = null!;
        if (reader.Peek() < 0)
        {
            return false;
        }

        var startLine = _line;
        if (_line == 1 && reader.Peek() == '\uFEFF')
        {
            reader.Read();
        }

        if (!_sawData && reader.Peek() == '#')
        {
            var comment = ReadRestOfLine();
            record = new CsvRecord(startLine, [comment], IsComment: true);
            return true;
        }

        var fields = new List<string>();
        var field = new StringBuilder();
        while (true)
        {
            var next = reader.Read();
            if (next < 0)
            {
                fields.Add(field.ToString());
                break;
            }

            var c = (char)next;
            if (c == '"' && field.Length == 0)
            {
                ReadQuoted(field, startLine);
                var after = reader.Peek();
                if (after is not (-1 or ',' or '\r' or '\n'))
                {
                    throw new TrainingCsvException(_line, $"unexpected '{(char)after}' after a closing quote.");
                }

                continue;
            }

            if (c == '"')
            {
                throw new TrainingCsvException(_line, "a quote inside an unquoted field (quote the field and double the quote).");
            }

            if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                continue;
            }

            if (c is '\r' or '\n')
            {
                ConsumeLineEnd(c);
                fields.Add(field.ToString());
                break;
            }

            field.Append(c);
        }

        var result = new CsvRecord(startLine, fields, IsComment: false);
        _sawData |= !result.IsBlank;
        record = result;
        return true;
    }

    private void ReadQuoted(StringBuilder field, int startLine)
    {
        while (true)
        {
            var next = reader.Read();
            if (next < 0)
            {
                throw new TrainingCsvException(startLine, "a quoted field is never closed.");
            }

            var c = (char)next;
            if (c == '"')
            {
                if (reader.Peek() == '"')
                {
                    reader.Read();
                    field.Append('"');
                    continue;
                }

                return;
            }

            if (c is '\r' or '\n')
            {
                field.Append(c);
                if (c == '\r' && reader.Peek() == '\n')
                {
                    field.Append((char)reader.Read());
                }

                _line++;
                continue;
            }

            field.Append(c);
        }
    }

    private string ReadRestOfLine()
    {
        var text = new StringBuilder();
        while (true)
        {
            var next = reader.Read();
            if (next < 0)
            {
                return text.ToString();
            }

            if (next is '\r' or '\n')
            {
                ConsumeLineEnd((char)next);
                return text.ToString();
            }

            text.Append((char)next);
        }
    }

    private void ConsumeLineEnd(char c)
    {
        if (c == '\r' && reader.Peek() == '\n')
        {
            reader.Read();
        }

        _line++;
    }
}
