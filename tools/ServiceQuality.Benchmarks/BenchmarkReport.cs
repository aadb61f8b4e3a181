using System.Globalization;
using System.Text;

namespace ServiceQuality.Benchmarks;

/// <summary>
/// Collects the figures of one run, prints them as they come and writes them as a markdown table. A run of some areas
/// only replaces those areas' rows and notes in the existing document and keeps the others as they were measured, so
/// that regenerating the storage figures does not mean rerunning the hour-long rollup.
/// </summary>
public sealed class BenchmarkReport
{
    private const string RunPrefix = "- ";
    private readonly List<(string Section, string Figure, string Value)> _rows = [];
    private readonly List<string> _notes = [];

    public void Add(string section, string figure, double value, string unit)
    {
        var text = $"{value.ToString(value >= 100 ? "N0" : "N2", CultureInfo.InvariantCulture)} {unit}".TrimEnd();
        _rows.Add((section, figure, text));
        Console.WriteLine($"{section,-16} {figure,-58} {text}");
    }

    /// <summary>What a reader needs to know to read a figure; it starts with the area's name ("Storage: …").</summary>
    public void Note(string text) => _notes.Add(text);

    public string ToMarkdown(string title, string command, string? existing = null)
    {
        var ran = _rows.Select(r => r.Section).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var (runs, rows, notes) = Parse(existing);
        var now = $"`{command}` on {Environment.ProcessorCount} cores, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, .NET {Environment.Version}{LoadAverage()}";
        var builder = new StringBuilder($"# {title}\n\n");
        builder.Append("Each area's figures come from one run against a private Azurite. Client, local host and Azurite share the machine, ");
        builder.Append("so absolute figures are low; the ratios within a run are the figures to compare.\n\n");
        foreach (var area in ran.Order(StringComparer.Ordinal))
        {
            builder.Append(CultureInfo.InvariantCulture, $"{RunPrefix}{area}: {now}\n");
        }
        foreach (var (area, run) in runs.Where(r => !ran.Contains(r.Key)))
        {
            builder.Append(CultureInfo.InvariantCulture, $"{RunPrefix}{area}: {run}\n");
        }
        builder.Append("\n| Area | Figure | Value |\n| --- | --- | --- |\n");
        // The areas keep their order in the document: those run now replace theirs where they were.
        var order = rows.Select(r => r.Section).Concat(_rows.Select(r => r.Section)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var area in order)
        {
            foreach (var (section, figure, value) in ran.Contains(area) ? _rows.Where(r => r.Section == area) : rows.Where(r => r.Section == area))
            {
                builder.Append(CultureInfo.InvariantCulture, $"| {section} | {figure} | {value} |\n");
            }
        }
        foreach (var note in notes.Where(n => !ran.Contains(AreaOf(n))).Concat(_notes))
        {
            builder.Append(CultureInfo.InvariantCulture, $"\n{note}\n");
        }
        return builder.ToString();
    }

    /// <summary>The machine's load when the document is written: a shared machine lowers every figure, the ratios less.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") && File.ReadAllText("/proc/loadavg").Split(' ') is [var one, var five, ..]
            ? $", load average {one} (1 min) / {five} (5 min) at the end"
            : "";

    private static string AreaOf(string note) => note.Split(':', 2)[0].Trim().ToLowerInvariant();

    /// <summary>The runs, rows and notes of a document this class wrote; a document from before per-area runs gives its one run to every area.</summary>
    private static (Dictionary<string, string> Runs, List<(string Section, string Figure, string Value)> Rows, List<string> Notes) Parse(string? markdown)
    {
        var runs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var rows = new List<(string, string, string)>();
        var notes = new List<string>();
        string? singleRun = null;
        foreach (var line in (markdown ?? "").Split('\n'))
        {
            if (line.StartsWith("| ", StringComparison.Ordinal) && !line.StartsWith("| Area", StringComparison.Ordinal) && !line.StartsWith("| ---", StringComparison.Ordinal))
            {
                var cells = line.Trim('|', ' ').Split(" | ");
                if (cells.Length == 3)
                {
                    rows.Add((cells[0], cells[1], cells[2]));
                }
            }
            else if (line.StartsWith(RunPrefix, StringComparison.Ordinal) && line.IndexOf(": ", StringComparison.Ordinal) is > 2 and var colon)
            {
                runs[line[RunPrefix.Length..colon]] = line[(colon + 2)..];
            }
            else if (line.StartsWith("One run of ", StringComparison.Ordinal))
            {
                var end = line.IndexOf(", against", StringComparison.Ordinal);
                singleRun = end > 0 ? line["One run of ".Length..end] : line;
            }
            else if (line.Length > 0 && !line.StartsWith('#') && !line.StartsWith("Each area's", StringComparison.Ordinal) && line.Contains(": ", StringComparison.Ordinal))
            {
                notes.Add(line);
            }
        }
        foreach (var section in rows.Select(r => r.Item1).Distinct())
        {
            if (singleRun is not null)
            {
                runs.TryAdd(section, singleRun);
            }
        }
        return (runs, rows, notes);
    }
}
