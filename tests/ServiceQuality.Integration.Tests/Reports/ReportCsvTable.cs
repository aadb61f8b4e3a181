namespace ServiceQuality.Integration.Tests.Reports;

/// <summary>The report CSV read by column name, as a machine reader would: the zh-TW file has a column the English one has not.</summary>
public sealed class ReportCsvTable
{
    public ReportCsvTable(string text)
    {
        var rows = CsvText.Parse(text);
        Header = rows[0];
        Rows = rows.Skip(1).ToList();
    }

    public string[] Header { get; }

    public IReadOnlyList<string[]> Rows { get; }

    public string Cell(string[] row, string column) => row[Column(column)];

    public string[] Row(string section, string subject, string dimension, string key, string measure) =>
        Rows.Single(r => Cell(r, "section") == section && Cell(r, "subject") == subject && Cell(r, "dimension") == dimension
            && Cell(r, "key") == key && Cell(r, "measure") == measure);

    public string Value(string section, string subject, string dimension, string key, string measure) =>
        Cell(Row(section, subject, dimension, key, measure), "value");

    public string Note(string section, string subject, string dimension, string key, string measure) =>
        Cell(Row(section, subject, dimension, key, measure), "note");

    private int Column(string name)
    {
        var index = Array.IndexOf(Header, name);
        return index >= 0 ? index : throw new KeyNotFoundException($"The CSV has no column {name}: {string.Join(",", Header)}");
    }
}
