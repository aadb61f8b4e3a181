using System.Globalization;
using ServiceQuality.Classification;
using ServiceQuality.ModelRegistry;

namespace ServiceQuality.Cli;

/// <summary>train: any CSV of labelled texts to a stored, cross-validated version, promoted if not worse.</summary>
public sealed class TrainCommand(ModelTrainingService training, CliContext context)
{
    public async Task<int> RunAsync(TrainArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var path = Path.GetFullPath(arguments.DataPath, context.WorkingDirectory);
        if (!File.Exists(path))
        {
            throw new UsageException($"the data file {path} does not exist.");
        }

        IReadOnlyList<LabelledText> data;
        await using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096, useAsync: true))
        {
            try
            {
                data = await TrainingCsv.ReadCsvAsync(stream, arguments.TextColumn, arguments.LabelColumn, cancellationToken);
            }
            catch (TrainingCsvException e)
            {
                throw new UsageException($"{path}: {e.Message}");
            }
        }

        var labels = data.Select(example => example.Label).Distinct(StringComparer.Ordinal).Count();
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Training {arguments.Model} on {data.Count} examples ({labels} labels) from {path}."));
        var result = await training.TrainAsync(arguments.Model, data, arguments.Force, arguments.Folds, cancellationToken);
        TrainingRunPrinter.Print(result, context.Out);
        return ExitCodes.Success;
    }
}
