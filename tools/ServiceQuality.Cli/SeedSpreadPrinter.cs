using System.Globalization;

namespace ServiceQuality.Cli;

/// <summary>Summarises several seeds of a comparison: mean ± standard deviation and range of each side.</summary>
public static class SeedSpreadPrinter
{
    public static void Print(IReadOnlyList<(ClassifierRun Project, ClassifierRun Baseline)> runs, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"over {runs.Count} seeds: mean ± sd (min–max)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"",-22}{"project",-32}{"baseline",-32}{"project ahead on",-8}"));
        Row(output, "macro-F1", runs, run => run.Report.MacroF1, "0.0000", higherIsBetter: true);
        Row(output, "accuracy", runs, run => run.Report.Accuracy, "0.0000", higherIsBetter: true);
        Row(output, "training time (s)", runs, run => run.TrainingTime.TotalSeconds, "0.00", higherIsBetter: false);
        Row(output, "predictions/s", runs, run => run.PredictionsPerSecond, "0", higherIsBetter: true);
    }

    private static void Row(
        TextWriter output,
        string name,
        IReadOnlyList<(ClassifierRun Project, ClassifierRun Baseline)> runs,
        Func<ClassifierRun, double> measure,
        string format,
        bool higherIsBetter)
    {
        var project = runs.Select(run => measure(run.Project)).ToArray();
        var baseline = runs.Select(run => measure(run.Baseline)).ToArray();
        var ahead = runs.Count(run => higherIsBetter ? measure(run.Project) >= measure(run.Baseline) : measure(run.Project) <= measure(run.Baseline));
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{name,-22}{Spread(project, format),-32}{Spread(baseline, format),-32}{ahead}/{runs.Count}"));
    }

    private static string Spread(double[] values, string format)
    {
        var mean = values.Average();
        var deviation = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / Math.Max(values.Length - 1, 1));
        var culture = CultureInfo.InvariantCulture;
        return $"{mean.ToString(format, culture)} ± {deviation.ToString(format, culture)} ({values.Min().ToString(format, culture)}–{values.Max().ToString(format, culture)})";
    }
}
