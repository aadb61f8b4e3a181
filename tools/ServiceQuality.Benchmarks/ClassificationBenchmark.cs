using System.Diagnostics;
using ServiceQuality.Classification;
using ServiceQuality.DevHosting;

namespace ServiceQuality.Benchmarks;

/// <summary>Predictions per second on one core, and training time for 10,000 examples.</summary>
public static class ClassificationBenchmark
{
    public static async Task RunAsync(BenchmarkReport report, CancellationToken cancellationToken)
    {
        var seed = await ReadSeedAsync("complaint-category", cancellationToken);
        var trainer = new ModelTrainer();
        var model = trainer.Train(seed, TrainingOptions.Default, cancellationToken);
        using var classifier = new PooledTextClassifier(model);
        var texts = seed.Select(s => s.Text).ToArray();

        foreach (var text in texts.Take(500))
        {
            classifier.Predict(text);
        }
        var predictions = 20_000;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < predictions; i++)
        {
            classifier.Predict(texts[i % texts.Length]);
        }
        watch.Stop();
        report.Add("classification", "predictions per second, one thread", predictions / watch.Elapsed.TotalSeconds, "/s");
        report.Add("classification", "mean prediction latency", watch.Elapsed.TotalMicroseconds / predictions, "µs");

        var tenThousand = Enlarge(seed, 10_000);
        watch.Restart();
        trainer.Train(tenThousand, TrainingOptions.Default, cancellationToken);
        report.Add("classification", "training time, 10,000 complaint examples", watch.Elapsed.TotalSeconds, "s");
    }

    public static async Task<IReadOnlyList<LabelledText>> ReadSeedAsync(string model, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(Path.Combine(RepositoryPaths.Root, "functions", "definitions", "training", $"{model}.csv"));
        return await TrainingCsv.ReadCsvAsync(stream, cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Reaches a size beyond the seed data by joining two examples of the same label, which keeps each
    /// synthetic example realistic in length and vocabulary; for timing only, never for quality figures.
    /// </summary>
    public static IReadOnlyList<LabelledText> Enlarge(IReadOnlyList<LabelledText> seed, int size)
    {
        var random = new Random(11);
        var byLabel = seed.GroupBy(s => s.Label).ToDictionary(g => g.Key, g => g.ToArray());
        var result = new List<LabelledText>(seed);
        while (result.Count < size)
        {
            var first = seed[random.Next(seed.Count)];
            var second = byLabel[first.Label][random.Next(byLabel[first.Label].Length)];
            result.Add(new LabelledText($"{first.Text} {second.Text}", first.Label));
        }
        return result;
    }
}
