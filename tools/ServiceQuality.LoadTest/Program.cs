using System.CommandLine;
using System.Diagnostics;
using Azure.Data.Tables;
using ServiceQuality.LoadTest;
using ServiceQuality.DevHosting;

// Usage: dotnet run -c Release --project tools/ServiceQuality.LoadTest -- [--seconds 120] [--rate 50] [--concurrency 32]
return await LoadOptions.Command(RunAsync).Parse(args).InvokeAsync();

static async Task<int> RunAsync(LoadOptions options, CancellationToken cancellationToken)
{
    Console.WriteLine($"Load: {options.RequestsPerSecond} requests/s for {options.Duration.TotalSeconds:0} s ({options.TotalRequests} requests), at most {options.Concurrency} in flight.");

    await using var azurite = await AzuriteProcess.StartAsync();
    await using var host = await LocalHostInstance.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>
    {
        // One loopback client stands for a whole office here; the per-client limit is for the open internet.
        ["RateLimits:BurstLimit"] = "1000000",
        ["RateLimits:RequestsPerSecond"] = "1000000",
    });
    await host.WarmUpModelsAsync();
    using var citizen = host.CreateClient();
    using var staff = await host.CreateStaffClientAsync(TestStaff.Triage);
    var workload = new Workload(citizen, staff);

    using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    deadline.CancelAfter(options.Duration + TimeSpan.FromMinutes(2));
    using var slots = new SemaphoreSlim(options.Concurrency);
    var results = new List<LoadResult>(options.TotalRequests);
    var pending = new List<Task>();
    var clock = Stopwatch.StartNew();
    for (var i = 0; i < options.TotalRequests; i++)
    {
        // Open loop: request i is due at i / rate, whatever the earlier ones are doing.
        var due = TimeSpan.FromSeconds((double)i / options.RequestsPerSecond);
        if (due > clock.Elapsed)
        {
            await Task.Delay(due - clock.Elapsed, deadline.Token);
        }
        await slots.WaitAsync(deadline.Token);
        var index = i;
        pending.Add(Task.Run(async () =>
        {
            try
            {
                var result = await workload.NextAsync(index, deadline.Token);
                lock (results)
                {
                    results.Add(result);
                }
            }
            finally
            {
                slots.Release();
            }
        }));
    }
    await Task.WhenAll(pending);
    var elapsed = clock.Elapsed;

    var report = LoadReport.From(results, elapsed);
    Console.WriteLine(report);

    var tables = new TableServiceClient(azurite.ConnectionString);
    var lost = await StoredRecords.MissingAsync(tables, results, deadline.Token);
    Console.WriteLine($"Acknowledged records checked in storage: {results.Count(r => r.CreatedId is not null)}; missing: {lost}.");
    return lost == 0 && report.ServerErrors == 0 ? 0 : 1;
}
