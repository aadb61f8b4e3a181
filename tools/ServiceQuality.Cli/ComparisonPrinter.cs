using System.Globalization;

namespace ServiceQuality.Cli;

/// <summary>Prints both runs side by side with project/baseline ratios (above 1 is better for all but training time).</summary>
public static class ComparisonPrinter
{
    public static void Print(ClassifierRun project, ClassifierRun baseline, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(output);
        var culture = CultureInfo.InvariantCulture;
        output.WriteLine();
        output.WriteLine($"project:  {project.Name}");
        output.WriteLine($"baseline: {baseline.Name}");
        output.WriteLine();
        output.WriteLine(string.Create(culture, $"{"",-22}{"project",14}{"baseline",14}{"ratio",10}"));
        Row(output, "macro-F1", project.Report.MacroF1, baseline.Report.MacroF1, "0.0000");
        Row(output, "accuracy", project.Report.Accuracy, baseline.Report.Accuracy, "0.0000");
        Row(output, "training time (s)", project.TrainingTime.TotalSeconds, baseline.TrainingTime.TotalSeconds, "0.00");
        Row(output, "predictions/s", project.PredictionsPerSecond, baseline.PredictionsPerSecond, "0");
        output.WriteLine();
        output.WriteLine("per-class F1");
        var baselineF1 = baseline.Report.PerClass.ToDictionary(metrics => metrics.Label, metrics => metrics.F1, StringComparer.Ordinal);
        foreach (var metrics in project.Report.PerClass)
        {
            Row(output, "  " + metrics.Label, metrics.F1, baselineF1.GetValueOrDefault(metrics.Label), "0.0000");
        }
    }

    private static void Row(TextWriter output, string name, double project, double baseline, string format)
    {
        var culture = CultureInfo.InvariantCulture;
        var ratio = baseline == 0 ? "-" : (project / baseline).ToString("0.000", culture);
        output.WriteLine(string.Create(culture, $"{name,-22}{project.ToString(format, culture),14}{baseline.ToString(format, culture),14}{ratio,10}"));
    }
}
