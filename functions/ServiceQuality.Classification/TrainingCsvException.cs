namespace ServiceQuality.Classification;

/// <summary>
/// A training file could not be read. Carries the physical line number so whoever curates the
/// data can open the file at the right place.
/// </summary>
public sealed class TrainingCsvException : FormatException
{
    public TrainingCsvException(int lineNumber, string problem)
        : base($"Training CSV line {lineNumber}: {problem}")
    {
        LineNumber = lineNumber;
        Problem = problem;
    }

    /// <summary>1-based physical line on which the problem starts.</summary>
    public int LineNumber { get; }

    public string Problem { get; }
}
