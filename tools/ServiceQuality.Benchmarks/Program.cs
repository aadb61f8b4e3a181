using System.CommandLine;
using ServiceQuality.Benchmarks;
using ServiceQuality.DevHosting;

// Usage: dotnet run -c Release --project tools/ServiceQuality.Benchmarks -- [storage] [classification] [queue] [rollup] [--requests N] [--complaints N] [--responses N]
string[] knownAreas = ["storage", "classification", "queue", "rollup"];
var areas = new Argument<string[]>("areas")
{
    Description = "The areas to run (all when none is named).",
    Arity = ArgumentArity.ZeroOrMore,
};
areas.AcceptOnlyFromAmong(knownAreas);
var requests = Count("--requests", 5_000, "Survey POSTs of the storage benchmark.");
var complaints = Count("--complaints", 10_000, "Complaints drained by the queue benchmark.");
var responses = Count("--responses", 100_000, "Responses of the month the rollup benchmark stores and reads.");
var command = new RootCommand("Benchmarks that print figures and write docs/benchmarks.md.") { areas, requests, complaints, responses };
command.SetAction((result, cancellationToken) => RunAsync(
    result.GetValue(areas)!.ToHashSet(StringComparer.OrdinalIgnoreCase),
    result.GetValue(requests),
    result.GetValue(complaints),
    result.GetValue(responses),
    cancellationToken));
return await command.Parse(args).InvokeAsync();

async Task<int> RunAsync(HashSet<string> wanted, int requestCount, int complaintCount, int responseCount, CancellationToken cancellationToken)
{
    bool Wants(string area) => wanted.Count == 0 || wanted.Contains(area);

    var report = new BenchmarkReport();
    // Storing the rollup's month of 100,000 responses alone takes Azurite about half an hour on two cores.
    using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    cancel.CancelAfter(TimeSpan.FromHours(2));
    if (Wants("storage"))
    {
        await StorageBenchmark.RunAsync(report, requestCount, cancel.Token);
    }
    if (Wants("classification"))
    {
        await ClassificationBenchmark.RunAsync(report, cancel.Token);
    }
    if (Wants("queue"))
    {
        await QueueDrainBenchmark.RunAsync(report, complaintCount, cancel.Token);
    }
    if (Wants("rollup"))
    {
        await RollupBenchmark.RunAsync(report, responseCount, cancel.Token);
    }
    var output = Path.Combine(RepositoryPaths.Root, "docs", "benchmarks.md");
    Directory.CreateDirectory(Path.GetDirectoryName(output)!);
    var previous = File.Exists(output) ? await File.ReadAllTextAsync(output, cancel.Token) : null;
    await File.WriteAllTextAsync(output, report.ToMarkdown("ServiceQuality benchmarks", $"dotnet run -c Release --project tools/ServiceQuality.Benchmarks -- {string.Join(' ', args)}".TrimEnd(), previous), cancel.Token);
    Console.WriteLine($"Written to {output}");
    return 0;
}

static Option<int> Count(string name, int fallback, string description)
{
    var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => fallback };
    option.Validators.Add(result =>
    {
        if (result.GetValueOrDefault<int>() < 1)
        {
            result.AddError($"{name} must be at least 1.");
        }
    });
    return option;
}
