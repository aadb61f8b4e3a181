using CsvHelper;

namespace ServiceQuality.Integration.Tests.Reports;

/// <summary>Reads the CSV the host writes as a strict RFC 4180 reader would, with CsvHelper: malformed quoting fails.</summary>
public static class CsvText
{
    public static List<string[]> Parse(string text)
    {
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = false,
            TrimWhitespace = false,
            MalformedData = CsvMalformedDataHandling.Throw,
        };
        using var reader = CsvReader.FromText(text.TrimStart('\uFEFF'), options);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(reader.Current.ToArray());
        }

        return rows;
    }
}
