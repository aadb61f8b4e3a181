using System.Globalization;
using ServiceQuality.ModelRegistry;

namespace ServiceQuality.Cli;

/// <summary>Prints a training run: its cross-validated quality, where it was stored, and the promotion outcome.</summary>
public static class TrainingRunPrinter
{
    public static void Print(TrainingRunResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var culture = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(culture, $"Model {result.Model}, version {result.Version}: {result.Metrics.Folds}-fold stratified cross-validation"));
        output.WriteLine();
        output.Write(result.ReportText);
        output.WriteLine();
        output.WriteLine(string.Create(culture, $"Stored model:   {result.Stored.ModelUri}"));
        output.WriteLine(string.Create(culture, $"Stored metrics: {result.Stored.MetricsUri}"));
        if (result.Promoted)
        {
            output.WriteLine(string.Create(culture, $"Promoted: yes, {result.Reason}. {result.Model} now serves version {result.Version}."));
        }
        else
        {
            output.WriteLine(string.Create(culture, $"Promoted: no, {result.Reason}. Version {result.Previous?.Version} stays current; --force promotes anyway."));
        }
    }
}
