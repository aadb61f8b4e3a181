using System.Globalization;
using ServiceQuality.Classification;
using ServiceQuality.Models;

namespace ServiceQuality.Cli;

/// <summary>
/// Turns arguments into a <see cref="CliArguments"/>, or a <see cref="UsageException"/> naming the first
/// problem. Options take "--name value" or "--name=value"; nothing is positional besides the command.
/// </summary>
public static class CommandLineParser
{
    private static readonly string[] HelpWords = ["help", "--help", "-h", "-?"];

    public static CliArguments Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0)
        {
            throw new UsageException("no command given; the commands are train, retrain, compare and help.");
        }

        var command = args[0];
        if (HelpWords.Contains(command, StringComparer.Ordinal) || args.Skip(1).Any(a => a is "--help" or "-h"))
        {
            return new HelpArguments();
        }

        var rest = args.Skip(1).ToArray();
        return command switch
        {
            "train" => ParseTrain(ReadOptions(command, rest, flags: ["force"], valued: ["model", "data", "folds", "text-column", "label-column"])),
            "retrain" => ParseRetrain(ReadOptions(command, rest, flags: [], valued: ["model"])),
            "compare" => ParseCompare(ReadOptions(command, rest, flags: [], valued: ["train", "test", "data", "split", "seed", "seeds", "text-column", "label-column"])),
            _ => throw new UsageException($"unknown command '{command}'; the commands are train, retrain, compare and help."),
        };
    }

    private static TrainArguments ParseTrain(Dictionary<string, string?> options)
    {
        var model = ModelName(Required(options, "train", "model"));
        var data = Required(options, "train", "data");
        var folds = TrainArguments.DefaultFolds;
        if (options.TryGetValue("folds", out var foldsText)
            && (!int.TryParse(foldsText, NumberStyles.None, CultureInfo.InvariantCulture, out folds) || folds < 2))
        {
            throw new UsageException($"--folds must be a whole number of at least 2, not '{foldsText}'.");
        }

        return new TrainArguments(
            model,
            data,
            options.ContainsKey("force"),
            folds,
            NonEmpty(options, "text-column") ?? TrainingCsv.DefaultTextColumn,
            NonEmpty(options, "label-column") ?? TrainingCsv.DefaultLabelColumn);
    }

    private static CompareArguments ParseCompare(Dictionary<string, string?> options)
    {
        var train = NonEmpty(options, "train");
        var test = NonEmpty(options, "test");
        var data = NonEmpty(options, "data");
        var givenPair = train is not null && test is not null && data is null;
        var givenSingle = data is not null && train is null && test is null;
        if (!givenPair && !givenSingle)
        {
            throw new UsageException("'compare' needs either --train and --test, or --data (with --split and --seed).");
        }

        var split = CompareArguments.DefaultSplit;
        if (options.TryGetValue("split", out var splitText)
            && (!double.TryParse(splitText, NumberStyles.Float, CultureInfo.InvariantCulture, out split) || split is <= 0 or >= 1))
        {
            throw new UsageException($"--split must be a fraction between 0 and 1 such as 0.8, not '{splitText}'.");
        }

        var seed = CompareArguments.DefaultSeed;
        if (options.TryGetValue("seed", out var seedText)
            && !int.TryParse(seedText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seed))
        {
            throw new UsageException($"--seed must be a whole number, not '{seedText}'.");
        }

        var seeds = 1;
        if (options.TryGetValue("seeds", out var seedsText)
            && (!int.TryParse(seedsText, NumberStyles.None, CultureInfo.InvariantCulture, out seeds) || seeds < 1))
        {
            throw new UsageException($"--seeds must be a positive whole number, not '{seedsText}'.");
        }

        if (seeds > 1 && data is null)
        {
            throw new UsageException("--seeds needs --data: each seed is another split of the one file.");
        }

        return new CompareArguments(
            train,
            test,
            data,
            split,
            seed,
            seeds,
            NonEmpty(options, "text-column") ?? TrainingCsv.DefaultTextColumn,
            NonEmpty(options, "label-column") ?? TrainingCsv.DefaultLabelColumn);
    }

    private static RetrainArguments ParseRetrain(Dictionary<string, string?> options) =>
        new(options.TryGetValue("model", out var model) ? ModelName(model!) : null);

    private static Dictionary<string, string?> ReadOptions(string command, string[] args, string[] flags, string[] valued)
    {
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                throw new UsageException($"unexpected argument '{arg}' for '{command}'; options start with --.");
            }

            var separator = arg.IndexOf('=', StringComparison.Ordinal);
            var name = separator < 0 ? arg[2..] : arg[2..separator];
            string? value;
            if (flags.Contains(name, StringComparer.Ordinal))
            {
                if (separator >= 0)
                {
                    throw new UsageException($"--{name} takes no value.");
                }

                value = null;
            }
            else if (valued.Contains(name, StringComparer.Ordinal))
            {
                if (separator >= 0)
                {
                    value = arg[(separator + 1)..];
                }
                else if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    value = args[++i];
                }
                else
                {
                    throw new UsageException($"--{name} needs a value.");
                }
            }
            else
            {
                var known = string.Join(", ", flags.Concat(valued).Select(o => "--" + o));
                throw new UsageException($"unknown option '--{name}' for '{command}'; its options are {known}.");
            }

            if (!options.TryAdd(name, value))
            {
                throw new UsageException($"--{name} is given more than once.");
            }
        }

        return options;
    }

    private static string Required(Dictionary<string, string?> options, string command, string name) =>
        NonEmpty(options, name) ?? throw new UsageException($"'{command}' needs --{name}.");

    private static string? NonEmpty(Dictionary<string, string?> options, string name) =>
        options.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    private static string ModelName(string name) =>
        ModelNameRules.IsValid(name)
            ? name
            : throw new UsageException($"'{name}' is not a model name: use lower-case letters, digits and single hyphens, e.g. complaint-category.");
}
