using ServiceQuality.Classification;

namespace ServiceQuality.Cli;

/// <summary>A parsed command line.</summary>
public abstract record CliArguments;

public sealed record HelpArguments : CliArguments;

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
