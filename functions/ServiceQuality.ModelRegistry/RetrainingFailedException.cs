namespace ServiceQuality.ModelRegistry;

/// <summary>Some models could not be retrained; the others were, and their results are kept here.</summary>
public sealed class RetrainingFailedException(IReadOnlyList<TrainingRunResult> completed, IReadOnlyList<Exception> failures)
    : AggregateException($"Retraining failed for {failures.Count} model(s).", failures)
{
    public IReadOnlyList<TrainingRunResult> Completed { get; } = completed;
}
