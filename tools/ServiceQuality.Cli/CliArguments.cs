using ServiceQuality.Classification;

namespace ServiceQuality.Cli;

/// <summary>A parsed command line.</summary>
public abstract record CliArguments;

/// <summary>
/// Help: the overview (<see cref="Usage.Text"/>) when <see cref="Command"/> is null, else the generated
/// help of the one command it was asked for.
/// </summary>
public sealed record HelpArguments(System.CommandLine.ParseResult? Command = null) : CliArguments;

public sealed record TrainArguments(
    string Model,
    string DataPath,
    bool Force = false,
    int Folds = TrainArguments.DefaultFolds,
    string TextColumn = TrainingCsv.DefaultTextColumn,
    string LabelColumn = TrainingCsv.DefaultLabelColumn) : CliArguments
{
    public const int DefaultFolds = 5;
}

/// <summary>Retrain one model, or every model of the pipeline when <see cref="Model"/> is null.</summary>
public sealed record RetrainArguments(string? Model = null) : CliArguments;

/// <summary>
/// Compare the project's pipeline with the scikit-learn baseline, either on a given train/test pair
/// (<see cref="TrainPath"/>, <see cref="TestPath"/>) or on one file split per class (<see cref="DataPath"/>),
/// once or on <see cref="Seeds"/> splits (seeds <see cref="Seed"/>, <see cref="Seed"/> + 1, …) for the spread.
/// </summary>
public sealed record CompareArguments(
    string? TrainPath,
    string? TestPath,
    string? DataPath,
    double Split = CompareArguments.DefaultSplit,
    int Seed = CompareArguments.DefaultSeed,
    int Seeds = 1,
    string TextColumn = TrainingCsv.DefaultTextColumn,
    string LabelColumn = TrainingCsv.DefaultLabelColumn) : CliArguments
{
    public const double DefaultSplit = 0.8;
    public const int DefaultSeed = 1;
}
