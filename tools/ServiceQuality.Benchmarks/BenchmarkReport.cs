using System.Globalization;
using System.Text;

namespace ServiceQuality.Benchmarks;

/// <summary>Collects the figures of one run, prints them as they come and writes them as a markdown table.</summary>
public sealed class BenchmarkReport
{
    private readonly List<(string Section, string Figure, string Value)> _rows = [];

    public void Add(string section, string figure, double value, string unit)
    {
        var text = $"{value.ToString(value >= 100 ? "N0" : "N2", CultureInfo.InvariantCulture)} {unit}".TrimEnd();
        _rows.Add((section, figure, text));
        Console.WriteLine($"{section,-16} {figure,-58} {text}");
    }

    public string ToMarkdown(string title)
    {
        var builder = new StringBuilder($"# {title}\n\n");
        builder.Append(CultureInfo.InvariantCulture, $"Run on {Environment.ProcessorCount} cores, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, .NET {Environment.Version}.\n\n");
        builder.Append("| Area | Figure | Value |\n| --- | --- | --- |\n");
        foreach (var (section, figure, value) in _rows)
        {
            builder.Append(CultureInfo.InvariantCulture, $"| {section} | {figure} | {value} |\n");
        }
        return builder.ToString();
    }
}
