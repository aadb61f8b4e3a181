using ServiceQuality.Classification;

namespace ServiceQuality.Cli;

/// <summary>One side of a comparison: quality on the test set and speed, measured the same way on both sides.</summary>
public sealed record ClassifierRun(string Name, EvaluationReport Report, TimeSpan TrainingTime, double PredictionsPerSecond);
