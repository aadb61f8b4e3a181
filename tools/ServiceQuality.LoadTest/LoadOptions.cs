namespace ServiceQuality.LoadTest;

/// <summary>How long and how hard to push; both bounded so the command can never run away.</summary>
public sealed record LoadOptions(TimeSpan Duration, int RequestsPerSecond, int Concurrency)
{
    public static LoadOptions Parse(string[] args)
    {
        int Value(string name, int fallback, int max) =>
            Math.Clamp(args.SkipWhile(a => a != name).Skip(1).Select(int.Parse).FirstOrDefault(fallback), 1, max);
        return new LoadOptions(TimeSpan.FromSeconds(Value("--seconds", 120, 1800)), Value("--rate", 50, 1000), Value("--concurrency", 32, 256));
    }

    public int TotalRequests => (int)(Duration.TotalSeconds * RequestsPerSecond);
}
