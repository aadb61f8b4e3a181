namespace ServiceQuality.Cli;

public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The run was attempted and failed (storage unreachable, a model failed to retrain…).</summary>
    public const int Failure = 1;

    /// <summary>Nothing was attempted: bad arguments, a missing or unreadable data file, unusable data.</summary>
    public const int Usage = 2;
}
