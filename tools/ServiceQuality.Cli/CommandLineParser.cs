using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using ServiceQuality.Classification;
using ServiceQuality.ModelRegistry;

namespace ServiceQuality.Cli;

/// <summary>
/// The commands and options of the models command line, declared with System.CommandLine, and the
/// translation of a parse into a <see cref="CliArguments"/>. Any parse error becomes a
/// <see cref="UsageException"/> naming the first problem. Options take "--name value" or "--name=value".
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

        // The overview (Usage.Text) says more than a generated list: storage, exit codes, the compare modes.
        if (HelpWords.Contains(args[0], StringComparer.Ordinal))
        {
            return new HelpArguments();
        }

        var commands = new CliCommands();
        var result = commands.Root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (result.Action is HelpAction)
        {
            return new HelpArguments(result);
        }

        var command = result.CommandResult.Command;
        if (command == commands.Root)
        {
            throw new UsageException($"unknown command '{args[0]}'; the commands are train, retrain, compare and help.");
        }

        if (result.Errors.Count > 0)
        {
            // A bad value of a known option says more than the tokens left over because of it.
            var error = result.Errors.FirstOrDefault(e => e.SymbolResult is not null and not System.CommandLine.Parsing.CommandResult)
                ?? result.Errors[0];
            throw new UsageException($"{Sentence(error.Message).TrimEnd('.')}; see '{command.Name} --help'.");
        }

        if (command == commands.Train)
        {
            return new TrainArguments(
                result.GetValue(commands.Model)!,
                result.GetValue(commands.Data)!,
                result.GetValue(commands.Force),
                result.GetValue(commands.Folds),
                result.GetValue(commands.TextColumn)!,
                result.GetValue(commands.LabelColumn)!);
        }

        if (command == commands.Retrain)
        {
            return new RetrainArguments(result.GetValue(commands.RetrainModel));
        }

        if (command == commands.Compare)
        {
            return Compare(result, commands);
        }

        throw new UsageException($"unknown command '{args[0]}'; the commands are train, retrain, compare and help.");
    }

    private static CompareArguments Compare(ParseResult result, CliCommands commands)
    {
        var train = result.GetValue(commands.CompareTrain);
        var test = result.GetValue(commands.CompareTest);
        var data = result.GetValue(commands.CompareData);
        var givenPair = train is not null && test is not null && data is null;
        var givenSingle = data is not null && train is null && test is null;
        if (!givenPair && !givenSingle)
        {
            throw new UsageException("'compare' needs either --train and --test, or --data (with --split and --seed).");
        }

        var seeds = result.GetValue(commands.Seeds);
        if (seeds > 1 && data is null)
        {
            throw new UsageException("--seeds needs --data: each seed is another split of the one file.");
        }

        return new CompareArguments(
            train,
            test,
            data,
            result.GetValue(commands.Split),
            result.GetValue(commands.Seed),
            seeds,
            result.GetValue(commands.CompareTextColumn)!,
            result.GetValue(commands.CompareLabelColumn)!);
    }

    /// <summary>System.CommandLine's messages are sentences; ours are printed after "error: ", lower-case first.</summary>
    private static string Sentence(string message) =>
        message.Length > 1 && char.IsUpper(message[0]) && !char.IsUpper(message[1])
            ? char.ToLowerInvariant(message[0]) + message[1..]
            : message;

    /// <summary>The command tree; one instance per parse, so no option object is shared between runs.</summary>
    private sealed class CliCommands
    {
        public CliCommands()
        {
            Train = new Command("train", "Cross-validates and trains a model on a CSV with a header, stores the version and promotes it unless worse.")
            {
                Model, Data, Force, Folds, TextColumn, LabelColumn,
            };
            Retrain = new Command("retrain", "Retrains on the seed data plus the labels people gave; every model of the pipeline when --model is left out.")
            {
                RetrainModel,
            };
            Compare = new Command("compare", "Compares the default pipeline with the scikit-learn baseline on the same split; uses no storage.")
            {
                CompareTrain, CompareTest, CompareData, Split, Seed, Seeds, CompareTextColumn, CompareLabelColumn,
            };
            Root = new RootCommand("ServiceQuality models: train and retrain the text classifiers.")
            {
                Train, Retrain, Compare, new Command("help", "Shows the overview of the commands."),
            };
        }

        public RootCommand Root { get; }

        public Command Train { get; }

        public Command Retrain { get; }

        public Command Compare { get; }

        public Option<string> Model { get; } = ModelOption(required: true);

        public Option<string> RetrainModel { get; } = ModelOption(required: false);

        public Option<string> Data { get; } = PathOption("--data", "The CSV of labelled texts (a header line names the columns).", required: true);

        public Option<bool> Force { get; } = new("--force") { Description = "Promote the new version even if its macro-F1 is worse than the current one's." };

        public Option<int> Folds { get; } = new("--folds")
        {
            Description = "The number of stratified cross-validation folds (at least 2).",
            DefaultValueFactory = _ => TrainArguments.DefaultFolds,
            CustomParser = result => ParseNumber(result, text =>
                int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var folds) && folds >= 2 ? folds : (int?)null,
                "--folds must be a whole number of at least 2"),
        };

        public Option<string> TextColumn { get; } = ColumnOption("--text-column", TrainingCsv.DefaultTextColumn, "The header name of the text column.");

        public Option<string> LabelColumn { get; } = ColumnOption("--label-column", TrainingCsv.DefaultLabelColumn, "The header name of the label column.");

        public Option<string> CompareTrain { get; } = PathOption("--train", "The training CSV (with --test).", required: false);

        public Option<string> CompareTest { get; } = PathOption("--test", "The test CSV (with --train).", required: false);

        public Option<string> CompareData { get; } = PathOption("--data", "One CSV, split per class into training and test parts.", required: false);

        public Option<double> Split { get; } = new("--split")
        {
            Description = "The fraction of each class used for training, with --data.",
            DefaultValueFactory = _ => CompareArguments.DefaultSplit,
            CustomParser = result => ParseNumber(result, text =>
                double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var split) && split is > 0 and < 1 ? split : (double?)null,
                "--split must be a fraction between 0 and 1 such as 0.8"),
        };

        public Option<int> Seed { get; } = new("--seed")
        {
            Description = "The seed of the split, with --data.",
            DefaultValueFactory = _ => CompareArguments.DefaultSeed,
            CustomParser = result => ParseNumber(result, text =>
                int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed) ? seed : (int?)null,
                "--seed must be a whole number"),
        };

        public Option<int> Seeds { get; } = new("--seeds")
        {
            Description = "The number of splits (seeds --seed, --seed + 1, …) to run for the spread, with --data.",
            DefaultValueFactory = _ => 1,
            CustomParser = result => ParseNumber(result, text =>
                int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seeds) && seeds >= 1 ? seeds : (int?)null,
                "--seeds must be a positive whole number"),
        };

        public Option<string> CompareTextColumn { get; } = ColumnOption("--text-column", TrainingCsv.DefaultTextColumn, "The header name of the text column.");

        public Option<string> CompareLabelColumn { get; } = ColumnOption("--label-column", TrainingCsv.DefaultLabelColumn, "The header name of the label column.");

        private static Option<string> ModelOption(bool required) => new("--model")
        {
            Description = "The model name, kebab-case (e.g. complaint-category).",
            HelpName = "name",
            Required = required,
            CustomParser = result =>
            {
                var name = result.Tokens[0].Value;
                if (name.StartsWith("--", StringComparison.Ordinal))
                {
                    // "--model --data x.csv": the next option was taken for the missing value.
                    result.AddError("--model needs a value.");
                }
                else if (!ModelNameRules.IsValid(name))
                {
                    result.AddError($"'{name}' is not a model name: use lower-case letters, digits and single hyphens, e.g. complaint-category.");
                }

                return name;
            },
        };

        private static Option<string> PathOption(string name, string description, bool required) => new(name)
        {
            Description = description,
            HelpName = "file.csv",
            Required = required,
            CustomParser = result => NonEmpty(result, name),
        };

        private static Option<string> ColumnOption(string name, string defaultValue, string description) => new(name)
        {
            Description = description,
            HelpName = "column",
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result => NonEmpty(result, name) ?? defaultValue,
        };

        private static string? NonEmpty(System.CommandLine.Parsing.ArgumentResult result, string name)
        {
            var value = result.Tokens[0].Value;
            if (string.IsNullOrWhiteSpace(value) || value.StartsWith("--", StringComparison.Ordinal))
            {
                result.AddError($"{name} needs a value.");
                return null;
            }

            return value;
        }

        private static T ParseNumber<T>(System.CommandLine.Parsing.ArgumentResult result, Func<string, T?> parse, string rule)
            where T : struct
        {
            var text = result.Tokens[0].Value;
            if (parse(text) is { } value)
            {
                return value;
            }

            result.AddError($"{rule}, not '{text}'.");
            return default;
        }
    }
}
