using ServiceQuality.Benchmarks;
using ServiceQuality.TestSupport;

// Usage: dotnet run -c Release --project tools/ServiceQuality.Benchmarks -- [storage] [classification] [queue] [rollup] [--requests N] [--complaints N]
var areas = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, out _)).ToHashSet(StringComparer.OrdinalIgnoreCase);
var complaints = args.SkipWhile(a => a != "--complaints").Skip(1).Select(int.Parse).FirstOrDefault(10_000);
var requests = args.SkipWhile(a => a != "--requests").Skip(1).Select(int.Parse).FirstOrDefault(5_000);
bool Wants(string area) => areas.Count == 0 || areas.Contains(area);

var report = new BenchmarkReport();
using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(30));
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
    await RollupBenchmark.RunAsync(report, cancel.Token);
}
var output = Path.Combine(RepositoryPaths.Root, "docs", "benchmarks.md");
Directory.CreateDirectory(Path.GetDirectoryName(output)!);
await File.WriteAllTextAsync(output, report.ToMarkdown("ServiceQuality benchmarks"));
Console.WriteLine($"Written to {output}");
