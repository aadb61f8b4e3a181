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

    public string ToMarkdown(string title, string command)
    {
        var builder = new StringBuilder($"# {title}\n\n");
        builder.Append(CultureInfo.InvariantCulture, $"One run of `{command}` on {Environment.ProcessorCount} cores, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, .NET {Environment.Version}, ");
        builder.Append("against a private Azurite. Client, local host and Azurite share the machine, so absolute figures are low; ");
        builder.Append("the ratios within the run are the figures to compare.\n\n");
        builder.Append("| Area | Figure | Value |\n| --- | --- | --- |\n");
        foreach (var (section, figure, value) in _rows)
        {
            builder.Append(CultureInfo.InvariantCulture, $"| {section} | {figure} | {value} |\n");
        }
        foreach (var note in _notes)
        {
            builder.Append(CultureInfo.InvariantCulture, $"\n{note}\n");
        }
        return builder.ToString();
    }
}
