using System.Globalization;
using System.Text;

namespace ServiceQuality.Classification;

/// <summary>
/// Renders an <see cref="EvaluationReport"/> as fixed-width tables. Labels are often Chinese, which
/// terminals draw two columns wide, so padding counts display width rather than characters.
/// </summary>
internal static class EvaluationReportFormatter
{
    private const string Gap = "  ";

    public static string Format(EvaluationReport report)
    {
        var text = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        text.AppendLine(culture, $"Examples: {report.ExampleCount}");
        text.AppendLine(culture, $"Accuracy: {report.Accuracy:0.0000}");
        text.AppendLine(culture, $"Macro-F1: {report.MacroF1:0.0000}");
        text.AppendLine();

        var metricRows = new List<string[]> { new[] { "Label", "Precision", "Recall", "F1", "Support" } };
        metricRows.AddRange(report.PerClass.Select(m => new[]
        {
            m.Label,
            m.Precision.ToString("0.0000", culture),
            m.Recall.ToString("0.0000", culture),
            m.F1.ToString("0.0000", culture),
            m.Support.ToString(culture),
        }));
        metricRows.Add(
        [
            "(macro average)",
            report.PerClass.DefaultIfEmpty().Average(m => m?.Precision ?? 0).ToString("0.0000", culture),
            report.PerClass.DefaultIfEmpty().Average(m => m?.Recall ?? 0).ToString("0.0000", culture),
            report.MacroF1.ToString("0.0000", culture),
            report.ExampleCount.ToString(culture),
        ]);
        AppendTable(text, metricRows);
        text.AppendLine();

        text.AppendLine("Confusion matrix (rows: true label, columns: predicted label)");
        var matrixRows = new List<string[]> { new[] { "" }.Concat(report.Labels).ToArray() };
        for (var i = 0; i < report.Labels.Count; i++)
        {
            matrixRows.Add(new[] { report.Labels[i] }
                .Concat(report.ConfusionMatrix[i].Select(count => count.ToString(culture)))
                .ToArray());
        }

        AppendTable(text, matrixRows);
        return text.ToString();
    }

    private static void AppendTable(StringBuilder text, IReadOnlyList<string[]> rows)
    {
        var columns = rows.Max(row => row.Length);
        var widths = new int[columns];
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                widths[c] = Math.Max(widths[c], DisplayWidth(row[c]));
            }
        }

        foreach (var row in rows)
        {
            var line = new StringBuilder();
            for (var c = 0; c < row.Length; c++)
            {
                var padding = new string(' ', widths[c] - DisplayWidth(row[c]));

                // First column (labels) reads left to right; numbers line up on the right.
                line.Append(c == 0 ? row[c] + padding : padding + row[c]);
                if (c < row.Length - 1)
                {
                    line.Append(Gap);
                }
            }

            text.AppendLine(line.ToString().TrimEnd());
        }
    }

    internal static int DisplayWidth(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += IsWide(rune.Value) ? 2 : 1;
        }

        return width;
    }

    private static bool IsWide(int codePoint) => codePoint switch
    {
        >= 0x1100 and <= 0x115F => true,
        >= 0x2E80 and <= 0x303E => true,
        >= 0x3041 and <= 0x33FF => true,
        >= 0x3400 and <= 0x4DBF => true,
        >= 0x4E00 and <= 0x9FFF => true,
        >= 0xA000 and <= 0xA4CF => true,
        >= 0xAC00 and <= 0xD7A3 => true,
        >= 0xF900 and <= 0xFAFF => true,
        >= 0xFE30 and <= 0xFE4F => true,
        >= 0xFF00 and <= 0xFF60 => true,
        >= 0xFFE0 and <= 0xFFE6 => true,
        >= 0x20000 and <= 0x3FFFD => true,
        _ => false,
    };
}
