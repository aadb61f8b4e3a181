using System.Diagnostics;
using System.Text;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using ServiceQuality.DevHosting;
using ServiceQuality.Storage.Configuration;

namespace ServiceQuality.Benchmarks;

/// <summary>
/// How close the survey POST through the whole HTTP pipeline comes to what its storage can do: the raw
/// single-entity insert rate of Azurite against the POST rate at the same concurrency, in rounds of one run, the
/// storage operations a POST costs, and the latency of POSTs sent at half the measured maximum rate.
/// </summary>
public static class StorageBenchmark
{
    private const int Concurrency = 32;
    private const int Rounds = 5;

    public static async Task RunAsync(BenchmarkReport report, int requests, CancellationToken cancellationToken)
    {
        await using var azurite = await AzuriteProcess.StartInMemoryAsync(cancellationToken);
        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient("RawInserts");
        await table.CreateIfNotExistsAsync(cancellationToken);
        var answers = """{"waiting-time":"5","staff-attitude":"4","explanation":"4","overall":"5"}""";

        async ValueTask RawInsertAsync(int i, CancellationToken ct)
        {
            var entity = new TableEntity($"counter_2026-11", Guid.CreateVersion7().ToString("N"))
            {
                ["SurveyId"] = "counter", ["SurveyVersion"] = 1, ["SubmittedAt"] = DateTimeOffset.UtcNow,
                ["UnitId"] = "metrology", ["Channel"] = "counter", ["Language"] = "zh-TW", ["Answers"] = answers,
            };
            await table.AddEntityAsync(entity, ct);
        }

        await using var host = await LocalHostInstance.StartAsync(azurite.ConnectionString, Unthrottled.Settings());
        await host.WarmUpModelsAsync(cancellationToken);
        using var client = host.CreateClient();
        var body = """{"answers":{"waiting-time":5,"staff-attitude":4,"explanation":4,"overall":5},"unit":"metrology","channel":"counter"}""";
        var operations = host.Services.GetRequiredService<StorageOperationCounter>();

        // Each POST carries an Idempotency-Key, as a client that retries safely sends one: the claim is part of the cost.
        async ValueTask PostAsync(int i, CancellationToken ct)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/surveys/counter/responses") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
            using var response = await client.SendAsync(request, ct);
            response.EnsureSuccessStatusCode();
        }

        // Raw inserts and POSTs take turns in rounds, so that a load the machine carries for a while weighs on both
        // alike; the ratio is the median of the rounds' ratios.
        var round = Math.Max(1, requests / Rounds);
        await WarmUpAsync(RawInsertAsync, cancellationToken);
        await WarmUpAsync(PostAsync, cancellationToken);
        var before = operations.Count;
        var raws = new List<double>();
        var posts = new List<double>();
        for (var r = 0; r < Rounds; r++)
        {
            raws.Add(await TimeAsync(round, RawInsertAsync, cancellationToken));
            posts.Add(await TimeAsync(round, PostAsync, cancellationToken));
        }
        var perRequest = (operations.Count - before) / (double)(round * Rounds);
        var raw = Median(raws);
        var http = Median(posts);
        report.Add("storage", $"raw Azurite single-entity inserts ({round * Rounds:N0} in {Rounds} rounds, {Concurrency} concurrent, median)", raw, "/s");
        report.Add("storage", $"survey POSTs with Idempotency-Key through the HTTP pipeline ({round * Rounds:N0} in {Rounds} rounds, {Concurrency} concurrent, median)", http, "/s");
        report.Add("storage", "storage operations per survey POST", perRequest, "");
        report.Add("storage", "ratio: HTTP POST rate / raw insert rate (median of the rounds)", Median(raws.Zip(posts, (a, b) => b / a).ToList()), "");

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
            "as its file-backed mode rewrites the whole database every five seconds. A survey POST with an Idempotency-Key is one " +
            "single-entity insert, as the raw figure is: the response's id is derived from the key, so the response row is the " +
            "claim (an entity-group transaction of a claim row and the response took Azurite twice as long). The open-response " +
            "write budget is kept in memory per instance and costs no storage operation.");
    }

    // Connection set-up and JIT do not count.
    private static Task WarmUpAsync(Func<int, CancellationToken, ValueTask> work, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(Enumerable.Range(0, 200), new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken }, work);

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static async Task<double> TimeAsync(int count, Func<int, CancellationToken, ValueTask> work, CancellationToken cancellationToken)
    {
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
