using System.Globalization;
using System.Text;

namespace ServiceQuality.Benchmarks;

/// <summary>Collects the figures of one run, prints them as they come and writes them as a markdown table.</summary>
public sealed class BenchmarkReport
{
    private readonly List<(string Section, string Figure, string Value)> _rows = [];
    private readonly List<string> _notes = [];

    public void Add(string section, string figure, double value, string unit)
    {
        var text = $"{value.ToString(value >= 100 ? "N0" : "N2", CultureInfo.InvariantCulture)} {unit}".TrimEnd();
        _rows.Add((section, figure, text));
        Console.WriteLine($"{section,-16} {figure,-58} {text}");
    }

    /// <summary>What a reader needs to know to read a figure, e.g. where the emulator rather than the pipeline sets it.</summary>
    public void Note(string text) => _notes.Add(text);

    /// <summary>
    /// The report as markdown. Rows and notes of areas this run did not measure are kept from
    /// <paramref name="previous"/> (the file written before), so running one area, e.g. only
    /// classification, refreshes its rows and leaves the slow storage figures as they were measured.
    /// </summary>
    public string ToMarkdown(string title, string command, string? previous = null)
    {
        var measured = _rows.Select(row => row.Section).ToHashSet(StringComparer.Ordinal);
        var kept = previous is null ? [] : PreviousRows(previous).Where(row => !measured.Contains(row.Section)).ToList();
        var keptNotes = previous is null ? [] : PreviousNotes(previous).Where(note => !measured.Any(section => note.StartsWith(Capitalised(section) + ":", StringComparison.Ordinal))).ToList();
        var allRows = kept.Concat(_rows).OrderBy(row => SectionOrder.IndexOf(row.Section) is var i && i < 0 ? int.MaxValue : i).ToList();
        var runOf = kept.Count == 0 ? "One run" : $"Rows of {string.Join(", ", measured)} from one run";
        var builder = new StringBuilder($"# {title}\n\n");
        builder.Append(CultureInfo.InvariantCulture, $"{runOf} of `{command}` on {Environment.ProcessorCount} cores, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, .NET {Environment.Version}");
        if (kept.Count > 0)
        {
            builder.Append("; the other rows are kept from the previous run of the file");
        }

        builder.Append(", against a private Azurite. Client, local host and Azurite share the machine, so absolute figures are low; ");
        builder.Append("the ratios within the run are the figures to compare.\n\n");
        builder.Append("| Area | Figure | Value |\n| --- | --- | --- |\n");
        foreach (var (section, figure, value) in allRows)
        {
            builder.Append(CultureInfo.InvariantCulture, $"| {section} | {figure} | {value} |\n");
        }
        foreach (var note in keptNotes.Concat(_notes))
        {
            builder.Append(CultureInfo.InvariantCulture, $"\n{note}\n");
        }
        return builder.ToString();
    }

    private static readonly List<string> SectionOrder = ["storage", "classification", "queue", "rollup"];

    private static string Capitalised(string section) => char.ToUpperInvariant(section[0]) + section[1..];

    private static IEnumerable<(string Section, string Figure, string Value)> PreviousRows(string markdown) =>
        markdown.Split('\n')
            .Where(line => line.StartsWith("| ", StringComparison.Ordinal) && !line.StartsWith("| Area |", StringComparison.Ordinal) && !line.StartsWith("| ---", StringComparison.Ordinal))
            .Select(line => line.Trim().Trim('|').Split(" | "))
            .Where(cells => cells.Length == 3)
            .Select(cells => (cells[0].Trim(), cells[1].Trim(), cells[2].Trim()));

    private static IEnumerable<string> PreviousNotes(string markdown) =>
        markdown.Split("\n\n").Select(block => block.Trim())
            .Where(block => block.Length > 0 && !block.StartsWith('#') && !block.StartsWith('|') && !block.StartsWith("One run", StringComparison.Ordinal) && !block.StartsWith("Rows of", StringComparison.Ordinal));
}
