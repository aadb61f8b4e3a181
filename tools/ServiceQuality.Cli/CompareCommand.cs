using System.Diagnostics;
using System.Globalization;
using CsvHelper;
using ServiceQuality.Classification;

namespace ServiceQuality.Cli;

/// <summary>
/// compare: trains the project's pipeline (the same <see cref="ModelTrainer"/> and
/// <see cref="TrainingOptions.Default"/> as 'train') and the scikit-learn baseline on the same split,
/// in the same run on the same machine, and prints quality and speed side by side.
/// </summary>
public sealed class CompareCommand(CliContext context)
{
    public const string ProjectName = "ServiceQuality pipeline (TrainingOptions.Default)";

    public async Task<int> RunAsync(CompareArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var runs = new List<(ClassifierRun Project, ClassifierRun Baseline)>();
        for (var seed = arguments.Seed; seed < arguments.Seed + arguments.Seeds; seed++)
        {
            var (train, test, source) = await LoadAsync(arguments with { Seed = seed }, cancellationToken);
            if (train.Count == 0 || test.Count == 0)
            {
                throw new UsageException("both the training and the test part need at least one example.");
            }

            // Both sides average macro-F1 over the same labels: every label of the training or the test
            // part. Averaging the baseline over only the labels it saw in the test truth or its
            // predictions, as scikit-learn's f1_score does, would drop labels that occur only in training.
            var labelSet = train.Concat(test).Select(e => e.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            context.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Comparing on {source}: {train.Count} training and {test.Count} test examples."));
            context.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Label set of both sides: the {labelSet.Length} labels of the training and test parts together ({train.Select(e => e.Label).Distinct(StringComparer.Ordinal).Count()} in training, {test.Select(e => e.Label).Distinct(StringComparer.Ordinal).Count()} in test)."));

            if (seed == arguments.Seed)
            {
                WarmUp(train, cancellationToken);
            }

            var project = RunProject(train, test, labelSet, cancellationToken);
            var baseline = await RunBaselineAsync(train, test, labelSet, cancellationToken);
            ComparisonPrinter.Print(project, baseline, context.Out);
            runs.Add((project, baseline));
        }

        if (runs.Count > 1)
        {
            SeedSpreadPrinter.Print(runs, context.Out);
        }

        return ExitCodes.Success;
    }

    private async Task<ClassifierRun> RunBaselineAsync(
        IReadOnlyList<LabelledText> train, IReadOnlyList<LabelledText> test, IReadOnlyList<string> labelSet, CancellationToken cancellationToken)
    {
        // The baseline reads files; writing the split ourselves guarantees both sides see the same examples.
        var directory = Directory.CreateTempSubdirectory("sq-compare-");
        try
        {
            var trainPath = Path.Combine(directory.FullName, "train.csv");
            var testPath = Path.Combine(directory.FullName, "test.csv");
            await WriteCsvAsync(trainPath, train, cancellationToken);
            await WriteCsvAsync(testPath, test, cancellationToken);
            return await new SklearnBaseline(context).RunAsync(trainPath, testPath, test, labelSet, cancellationToken);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Trains once on a small sample before any timed training, so that every seed's training time
    /// leaves out the one-off just-in-time compilation of the .NET code, as the baseline's leaves out
    /// importing scikit-learn; the cost of that first training is printed, not hidden.
    /// </summary>
    private void WarmUp(IReadOnlyList<LabelledText> train, CancellationToken cancellationToken)
    {
        var sample = train.GroupBy(example => example.Label, StringComparer.Ordinal).SelectMany(group => group.Take(WarmUpExamplesPerLabel)).ToArray();
        if (sample.Select(example => example.Label).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            return;
        }

        var stopwatch = Stopwatch.StartNew();
        var model = new ModelTrainer().Train(sample, TrainingOptions.Default, cancellationToken);
        using (var classifier = new PooledTextClassifier(model))
        {
            classifier.Predict(sample[0].Text);
        }

        context.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Warm-up: the first training in this process ({sample.Length} examples, with just-in-time compilation) took {stopwatch.Elapsed.TotalSeconds:0.00} s; the training times below leave it out."));
    }

    private const int WarmUpExamplesPerLabel = 20;

    private static ClassifierRun RunProject(
        IReadOnlyList<LabelledText> train, IReadOnlyList<LabelledText> test, IReadOnlyList<string> labelSet, CancellationToken cancellationToken)
    {
        var trainer = new ModelTrainer();
        var stopwatch = Stopwatch.StartNew();
        var model = trainer.Train(train, TrainingOptions.Default, cancellationToken);
        var trainingTime = stopwatch.Elapsed;

        var report = trainer.Evaluate(model, test, labelSet, cancellationToken);

        // One text at a time through the serving path, as the queue handler classifies comments.
        using var classifier = new PooledTextClassifier(model);
        stopwatch.Restart();
        foreach (var example in test)
        {
            classifier.Predict(example.Text);
        }

        var predictionsPerSecond = test.Count / stopwatch.Elapsed.TotalSeconds;
        return new ClassifierRun(ProjectName, report, trainingTime, predictionsPerSecond);
    }

    private async Task<(IReadOnlyList<LabelledText> Train, IReadOnlyList<LabelledText> Test, string Source)> LoadAsync(
        CompareArguments arguments,
        CancellationToken cancellationToken)
    {
        if (arguments.DataPath is not null)
        {
            var path = FullPath(arguments.DataPath);
            var data = await ReadAsync(path, arguments, cancellationToken);
            var (train, test) = TrainTestSplit.Split(data, arguments.Split, arguments.Seed);
            return (train, test, string.Create(CultureInfo.InvariantCulture, $"{path} (split {arguments.Split:0.##} per class, seed {arguments.Seed})"));
        }

        var trainPath = FullPath(arguments.TrainPath!);
        var testPath = FullPath(arguments.TestPath!);
        return (await ReadAsync(trainPath, arguments, cancellationToken), await ReadAsync(testPath, arguments, cancellationToken), $"{trainPath} / {testPath}");
    }

    private string FullPath(string path)
    {
        var full = Path.GetFullPath(path, context.WorkingDirectory);
        return File.Exists(full) ? full : throw new UsageException($"the data file {full} does not exist.");
    }

    private static async Task<IReadOnlyList<LabelledText>> ReadAsync(string path, CompareArguments arguments, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096, useAsync: true);
        try
        {
            return await TrainingCsv.ReadCsvAsync(stream, arguments.TextColumn, arguments.LabelColumn, cancellationToken);
        }
        catch (TrainingCsvException e)
        {
            throw new UsageException($"{path}: {e.Message}");
        }
    }

    private static async Task WriteCsvAsync(string path, IReadOnlyList<LabelledText> examples, CancellationToken cancellationToken)
    {
        // Every field quoted, LF line ends and no byte-order mark, as the baseline script has always been given.
        var options = CsvWriterOptions.Default with { Quoting = CsvQuoting.Always, NewLine = "\n", WriteByteOrderMark = false };
        await using var writer = CsvWriter.ToFile(path, options);
        writer.WriteRecord(["text", "label"]);
        foreach (var example in examples)
        {
            writer.WriteRecord([example.Text, example.Label]);
            cancellationToken.ThrowIfCancellationRequested();
        }

        await writer.FlushAsync(cancellationToken);
    }
}
