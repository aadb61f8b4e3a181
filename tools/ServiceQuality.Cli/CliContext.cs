using System.Collections;

namespace ServiceQuality.Cli;

/// <summary>What a run sees of its process: output, current directory and environment, so tests can give their own.</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, string WorkingDirectory, IReadOnlyDictionary<string, string?> Environment)
{
    public static CliContext FromProcess()
    {
        var environment = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (DictionaryEntry variable in System.Environment.GetEnvironmentVariables())
        {
            environment[(string)variable.Key] = variable.Value as string;
        }

        return new CliContext(Console.Out, Console.Error, Directory.GetCurrentDirectory(), environment);
    }
}
