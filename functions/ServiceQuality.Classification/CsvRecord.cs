namespace ServiceQuality.Classification;

internal sealed record CsvRecord(int LineNumber, IReadOnlyList<string> Fields, bool IsComment)
{
    public bool IsBlank => Fields.Count == 1 && Fields[0].Length == 0;
}
