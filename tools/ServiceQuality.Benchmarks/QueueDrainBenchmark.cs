using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using ServiceQuality.DevHosting;

namespace ServiceQuality.Benchmarks;

/// <summary>
/// Files N complaints through the HTTP API of the local host, then measures how fast the queue handler
/// classifies and routes them: the drain rate of the cases-to-classify queue.
/// </summary>
public static class QueueDrainBenchmark
{
    public static async Task RunAsync(BenchmarkReport report, int complaints, CancellationToken cancellationToken)
    {
        await using var azurite = await AzuriteProcess.StartInMemoryAsync(cancellationToken);
        var seed = await ClassificationBenchmark.ReadSeedAsync("complaint-category", cancellationToken);

        // Filing happens with the queue handler stopped, so the drain is measured on a full queue.
        await using (var filing = await LocalHostInstance.StartAsync(azurite.ConnectionString, Unthrottled.Settings(new() { ["LocalHost:DisableQueues"] = "true" })))
        {
            using var client = filing.CreateClient();
            var watch = Stopwatch.StartNew();
            await Parallel.ForEachAsync(Enumerable.Range(0, complaints), new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (i, ct) =>
            {
                var body = JsonSerializer.Serialize(new { text = seed[i % seed.Count].Text, channel = "web" });
                using var response = await client.PostAsync("/api/complaints", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), ct);
                response.EnsureSuccessStatusCode();
            });
            report.Add("queue", $"complaints filed through HTTP ({complaints:N0})", complaints / watch.Elapsed.TotalSeconds, "/s");
        }

        await using var host = await LocalHostInstance.StartAsync(azurite.ConnectionString, Unthrottled.Settings());
        await host.WarmUpModelsAsync(cancellationToken);
        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient("Cases");
        var drain = Stopwatch.StartNew();
        while (await CountReceivedAsync(table, cancellationToken) > 0)
        {
            await Task.Delay(500, cancellationToken);
        }
        drain.Stop();
        report.Add("queue", $"queue drain: complaints classified and routed ({complaints:N0})", complaints / drain.Elapsed.TotalSeconds, "/s");
        report.Add("queue", "queue drain: total time", drain.Elapsed.TotalSeconds, "s");
        report.Note(
            "Queue: filing and the drain are bound by Azurite. Every filing writes into the year's Cases partition, which Azurite " +
            "scans on each write, and a 32-message receive takes it about a second while thousands of messages wait; an Azure " +
            "queue serves 2,000 messages/s (see [scale design](scale-design.md)).");
    }

    private static async Task<int> CountReceivedAsync(TableClient table, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>("Status eq 'received'", select: ["RowKey"], cancellationToken: cancellationToken))
        {
            count++;
        }
        return count;
    }
}
