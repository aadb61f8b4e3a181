using System.Diagnostics;
using System.Text;
using Azure.Data.Tables;
using ServiceQuality.DevHosting;

namespace ServiceQuality.Benchmarks;

/// <summary>
/// How close the survey POST through the whole HTTP pipeline comes to what its storage can do: the raw
/// single-entity insert rate of Azurite against the POST rate at the same concurrency, in one run, and the
/// latency of POSTs sent at half the measured maximum rate.
/// </summary>
public static class StorageBenchmark
{
    private const int Concurrency = 32;

    public static async Task RunAsync(BenchmarkReport report, int requests, CancellationToken cancellationToken)
    {
        await using var azurite = await AzuriteProcess.StartInMemoryAsync(cancellationToken);
        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient("RawInserts");
        await table.CreateIfNotExistsAsync(cancellationToken);
        var answers = """{"waiting-time":"5","staff-attitude":"4","explanation":"4","overall":"5"}""";

        var raw = await TimeAsync(requests, async (i, ct) =>
        {
            var entity = new TableEntity($"counter_2026-11", Guid.CreateVersion7().ToString("N"))
            {
                ["SurveyId"] = "counter", ["SurveyVersion"] = 1, ["SubmittedAt"] = DateTimeOffset.UtcNow,
                ["UnitId"] = "metrology", ["Channel"] = "counter", ["Language"] = "zh-TW", ["Answers"] = answers,
            };
            await table.AddEntityAsync(entity, ct);
        }, cancellationToken);
        report.Add("storage", $"raw Azurite single-entity inserts ({requests:N0}, {Concurrency} concurrent)", raw, "/s");

        await using var host = await LocalHostInstance.StartAsync(azurite.ConnectionString, Unthrottled.Settings());
        await host.WarmUpModelsAsync(cancellationToken);
        using var client = host.CreateClient();
        var body = """{"answers":{"waiting-time":5,"staff-attitude":4,"explanation":4,"overall":5},"unit":"metrology","channel":"counter"}""";
        var http = await TimeAsync(requests, async (i, ct) =>
        {
            using var response = await client.PostAsync("/api/surveys/counter/responses", new StringContent(body, Encoding.UTF8, "application/json"), ct);
            response.EnsureSuccessStatusCode();
        }, cancellationToken);
        report.Add("storage", $"survey POSTs through the HTTP pipeline ({requests:N0}, {Concurrency} concurrent)", http, "/s");
        report.Add("storage", "ratio: HTTP POST rate / raw insert rate", http / raw, "");

        // Azurite's cost per write grows with the partition written to, so the latency run starts on an empty partition
        // as the two runs above did: another counter-like survey, whose month is a partition of its own.
        var rate = http / 2;
        var taxiMeter = """{"answers":{"booking-waiting":5,"inspector-attitude":4,"result-explanation":4,"overall":5},"unit":"metrology","channel":"counter"}""";
        var latencies = await OpenLoopAsync(client, "/api/surveys/taxi-meter/responses", taxiMeter, rate, TimeSpan.FromSeconds(15), cancellationToken);
        report.Add("storage", $"p50 latency at half the maximum rate ({rate:N0}/s)", Percentile(latencies, 0.50), "ms");
        report.Add("storage", $"p99 latency at half the maximum rate ({rate:N0}/s)", Percentile(latencies, 0.99), "ms");
        report.Note(
            "Storage: each figure starts on an empty table partition, because Azurite scans a partition to find an entity and " +
            "so slows as the partition fills; Azure Table storage does not. Azurite runs in memory (`--inMemoryPersistence`), " +
            "as its file-backed mode rewrites the whole database every five seconds.");
    }

    private static async Task<double> TimeAsync(int count, Func<int, CancellationToken, ValueTask> work, CancellationToken cancellationToken)
    {
        // Warm-up so connection set-up and JIT do not count.
        await Parallel.ForEachAsync(Enumerable.Range(0, 200), new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken }, work);
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken }, work);
        return count / watch.Elapsed.TotalSeconds;
    }

    /// <summary>Sends at a fixed rate whatever the answers' speed, so queueing shows in the latency.</summary>
    private static async Task<List<double>> OpenLoopAsync(HttpClient client, string path, string body, double rate, TimeSpan duration, CancellationToken cancellationToken)
    {
        var latencies = new List<double>();
        var tasks = new List<Task>();
        var interval = TimeSpan.FromSeconds(1 / rate);
        var start = Stopwatch.StartNew();
        for (var i = 0; start.Elapsed < duration; i++)
        {
            var due = interval * i;
            if (due > start.Elapsed)
            {
                await Task.Delay(due - start.Elapsed, cancellationToken);
            }
            tasks.Add(Task.Run(async () =>
            {
                var sent = Stopwatch.StartNew();
                using var response = await client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"), cancellationToken);
                response.EnsureSuccessStatusCode();
                lock (latencies)
                {
                    latencies.Add(sent.Elapsed.TotalMilliseconds);
                }
            }, cancellationToken));
        }
        await Task.WhenAll(tasks);
        return latencies;
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}
