namespace ServiceQuality.ModelRegistry;

/// <summary>The training data cannot make a model (unreadable, too few examples or labels); fixing the data is the remedy, not a retry.</summary>
public sealed class TrainingDataException : Exception
{
    public TrainingDataException(string message)
        : base(message)
    {
    }

    public TrainingDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
