using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using ServiceQuality.Domain.Reports;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Time;
using ServiceQuality.TestSupport;

namespace ServiceQuality.Benchmarks;

/// <summary>
/// Stores a month of 10,000 and a month of 100,000 counter responses in Azurite, then times the monthly rollup of each:
/// a rollup reads only its month's partitions, so its time should follow the month's volume and nothing else.
/// </summary>
public static class RollupBenchmark
{
    private const int BatchSize = 100;

    public static async Task RunAsync(BenchmarkReport report, CancellationToken cancellationToken)
    {
        await using var azurite = await AzuriteProcess.StartAsync(cancellationToken);
        await using var host = await LocalHostInstance.StartAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["LocalHost:DisableQueues"] = "true" });
        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient("SurveyResponses");
        var small = new MonthKey(2025, 3);
        var large = new MonthKey(2025, 4);

        foreach (var (month, count) in new[] { (small, 10_000), (large, 100_000) })
        {
            var watch = Stopwatch.StartNew();
            await StoreAsync(table, month, count, cancellationToken);
            report.Add("rollup", $"responses stored in batches of {BatchSize} ({count:N0})", count / watch.Elapsed.TotalSeconds, "/s");
        }

        var rollups = host.Services.GetRequiredService<RollupService>();
        // The year is rolled up once first, so that recomputing a month afterwards adds up stored months only.
        await rollups.RecomputeAsync(ReportPeriod.OfYear(2025), cancellationToken);
        var smallTime = await TimeAsync(rollups, small, cancellationToken);
        var largeTime = await TimeAsync(rollups, large, cancellationToken);
        report.Add("rollup", "monthly rollup, 10,000 responses", smallTime.TotalSeconds, "s");
        report.Add("rollup", "monthly rollup, 100,000 responses", largeTime.TotalSeconds, "s");
        report.Add("rollup", "ratio 100,000 / 10,000 (10 if cost follows volume)", largeTime / smallTime, "×");
    }

    private static async Task<TimeSpan> TimeAsync(RollupService rollups, MonthKey month, CancellationToken cancellationToken)
    {
        // Best of three: the first pass also warms the connection pool and the JIT.
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            await rollups.RecomputeAsync(ReportPeriod.OfMonth(month), cancellationToken);
            best = watch.Elapsed < best ? watch.Elapsed : best;
        }
        return best;
    }

    /// <summary>Writes responses as the response store does, 100 to an entity-group transaction of one partition.</summary>
    private static async Task StoreAsync(TableClient table, MonthKey month, int count, CancellationToken cancellationToken)
    {
        var partition = $"counter_{month}";
        var units = new[] { "metrology", "inspection-1", "inspection-2", "certification", "service-centre", "office-north", "office-south" };
        var channels = new[] { "counter", "kiosk", "web" };
        var batches = Enumerable.Range(0, (count + BatchSize - 1) / BatchSize);
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (batch, ct) =>
        {
            var actions = new List<TableTransactionAction>(BatchSize);
            for (var i = batch * BatchSize; i < Math.Min(count, (batch + 1) * BatchSize); i++)
            {
                int Score() => Random.Shared.Next(100) switch { < 60 => 5, < 88 => 4, < 96 => 3, < 99 => 2, _ => 1 };
                var answers = new Dictionary<string, string>
                {
                    ["waiting-time"] = Score().ToString(CultureInfo.InvariantCulture),
                    ["staff-attitude"] = Score().ToString(CultureInfo.InvariantCulture),
                    ["explanation"] = Score().ToString(CultureInfo.InvariantCulture),
                    ["environment"] = i % 10 == 0 ? LikertScale.NotApplicable : Score().ToString(CultureInfo.InvariantCulture),
                    ["overall"] = Score().ToString(CultureInfo.InvariantCulture),
                };
                var day = 1 + i % 28;
                actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(partition, $"bench-{i:D7}")
                {
                    ["SurveyId"] = "counter",
                    ["SurveyVersion"] = 1,
                    ["SubmittedAt"] = TaipeiTime.StartOf(new DateOnly(month.Year, month.Month, day)).AddHours(9 + i % 8),
                    ["UnitId"] = units[i % units.Length],
                    ["Channel"] = channels[i % channels.Length],
                    ["Language"] = "zh-TW",
                    ["Answers"] = JsonSerializer.Serialize(answers),
                }));
            }
            await table.SubmitTransactionAsync(actions, ct);
        });
    }
}
