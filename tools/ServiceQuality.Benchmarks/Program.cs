using ServiceQuality.Benchmarks;
using ServiceQuality.DevHosting;

// Usage: dotnet run -c Release --project tools/ServiceQuality.Benchmarks -- [storage] [classification] [queue] [rollup] [--requests N] [--complaints N] [--responses N]
var areas = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, out _)).ToHashSet(StringComparer.OrdinalIgnoreCase);
var complaints = args.SkipWhile(a => a != "--complaints").Skip(1).Select(int.Parse).FirstOrDefault(10_000);
var responses = args.SkipWhile(a => a != "--responses").Skip(1).Select(int.Parse).FirstOrDefault(100_000);
var requests = args.SkipWhile(a => a != "--requests").Skip(1).Select(int.Parse).FirstOrDefault(5_000);
bool Wants(string area) => areas.Count == 0 || areas.Contains(area);

var report = new BenchmarkReport();
// Storing the rollup's month of 100,000 responses alone takes Azurite about half an hour on two cores.
using var cancel = new CancellationTokenSource(TimeSpan.FromHours(2));
if (Wants("storage"))
{
    await StorageBenchmark.RunAsync(report, requests, cancel.Token);
}
if (Wants("classification"))
{
    await ClassificationBenchmark.RunAsync(report, cancel.Token);
}
if (Wants("queue"))
{
    await QueueDrainBenchmark.RunAsync(report, complaints, cancel.Token);
}
if (Wants("rollup"))
{
    await RollupBenchmark.RunAsync(report, responses, cancel.Token);
}
var output = Path.Combine(RepositoryPaths.Root, "docs", "benchmarks.md");
Directory.CreateDirectory(Path.GetDirectoryName(output)!);
var previous = File.Exists(output) ? await File.ReadAllTextAsync(output) : null;
await File.WriteAllTextAsync(output, report.ToMarkdown("ServiceQuality benchmarks", $"dotnet run -c Release --project tools/ServiceQuality.Benchmarks -- {string.Join(' ', args)}".TrimEnd(), previous));
Console.WriteLine($"Written to {output}");
