using System.Text;

namespace ServiceQuality.LoadTest;

/// <summary>Throughput, latency percentiles and errors, overall and per kind of request.</summary>
public sealed record LoadReport(string Text, int ServerErrors)
{
    public static LoadReport From(IReadOnlyList<LoadResult> results, TimeSpan elapsed)
    {
        var text = new StringBuilder();
        text.AppendLine($"{results.Count} requests in {elapsed.TotalSeconds:0.0} s: {results.Count / elapsed.TotalSeconds:0.0} requests/s");
        text.AppendLine($"{"kind",-12} {"count",7} {"p50 ms",8} {"p99 ms",8} {"max ms",8} {"4xx",5} {"5xx",5} {"failed",6}");
        foreach (var group in results.GroupBy(r => r.Kind).OrderBy(g => g.Key).Prepend(results.GroupBy(_ => "all").Single()))
        {
            var sorted = group.Select(r => r.Latency.TotalMilliseconds).Order().ToArray();
            text.AppendLine($"{group.Key,-12} {sorted.Length,7} {Percentile(sorted, 0.50),8:0.0} {Percentile(sorted, 0.99),8:0.0} {sorted[^1],8:0.0} "
                + $"{group.Count(r => r.Status is >= 400 and < 500),5} {group.Count(r => r.Status >= 500),5} {group.Count(r => r.Status == 0),6}");
        }
        return new LoadReport(text.ToString(), results.Count(r => r.Status >= 500 || r.Status == 0));
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    public override string ToString() => Text;
}
