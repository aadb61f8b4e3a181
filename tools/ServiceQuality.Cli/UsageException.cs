namespace ServiceQuality.Cli;

/// <summary>The command line or its input files are wrong; the message is printed as one line and the exit code is 2.</summary>
public sealed class UsageException(string message) : Exception(message);
