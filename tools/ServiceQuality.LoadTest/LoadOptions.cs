using System.CommandLine;

namespace ServiceQuality.LoadTest;

/// <summary>How long and how hard to push; both bounded so the command can never run away.</summary>
public sealed record LoadOptions(TimeSpan Duration, int RequestsPerSecond, int Concurrency)
{
    public int TotalRequests => (int)(Duration.TotalSeconds * RequestsPerSecond);

    /// <summary>The command line; out-of-range values are refused with a message rather than silently clamped.</summary>
    public static RootCommand Command(Func<LoadOptions, CancellationToken, Task<int>> run)
    {
        var seconds = Bounded("--seconds", 120, 1800, "How long to send requests, in seconds.");
        var rate = Bounded("--rate", 50, 1000, "Requests started per second (open loop).");
        var concurrency = Bounded("--concurrency", 32, 256, "Requests in flight at most.");
        var command = new RootCommand("Open-loop load against the local host on Azurite; exits 1 on a server error or a lost record.")
        {
            seconds, rate, concurrency,
        };
        command.SetAction((result, cancellationToken) => run(
            new LoadOptions(TimeSpan.FromSeconds(result.GetValue(seconds)), result.GetValue(rate), result.GetValue(concurrency)),
            cancellationToken));
        return command;
    }

    private static Option<int> Bounded(string name, int fallback, int max, string description)
    {
        var option = new Option<int>(name) { Description = $"{description} 1 to {max}.", DefaultValueFactory = _ => fallback };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value < 1 || value > max)
            {
                result.AddError($"{name} must be between 1 and {max}, not {value}.");
            }
        });
        return option;
    }
}
