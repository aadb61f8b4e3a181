using System.Text.Json;
using ServiceQuality.DevHosting;

namespace ServiceQuality.Integration.Tests.Hosting;

/// <summary>
/// The functions.metadata the Worker SDK writes when it builds the Functions app: what the Functions host in
/// Azure indexes. Building this test project builds the Functions app (the local host references it), so the
/// file is as fresh as the test binaries.
/// </summary>
public sealed record GeneratedFunctionMetadata(string Name, string Trigger, string? Route, IReadOnlyList<string>? Methods, string? AuthLevel, string? Queue, string? Schedule)
{
    public static string FilePath { get; } = Locate();

    public static IReadOnlyList<GeneratedFunctionMetadata> Read()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(FilePath));
        return document.RootElement.EnumerateArray().Select(function =>
        {
            var trigger = function.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
            return new GeneratedFunctionMetadata(
                function.GetProperty("name").GetString()!,
                trigger.GetProperty("type").GetString()!,
                String(trigger, "route"),
                trigger.TryGetProperty("methods", out var methods) && methods.ValueKind == JsonValueKind.Array
                    ? methods.EnumerateArray().Select(m => m.GetString()!.ToUpperInvariant()).Order().ToList()
                    : null,
                String(trigger, "authLevel"),
                String(trigger, "queueName"),
                String(trigger, "schedule"));
        }).ToList();
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // The configuration these tests were built in first (Debug or Release), else the newest build.
    private static string Locate()
    {
        var bin = Path.Combine(RepositoryPaths.Root, "functions", "ServiceQuality.Functions", "bin");
        var candidates = Directory.Exists(bin) ? Directory.GetFiles(bin, "functions.metadata", SearchOption.AllDirectories) : [];
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent?.Name;
        return candidates
            .OrderByDescending(f => f.Contains($"{Path.DirectorySeparatorChar}{configuration}{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ThenByDescending(File.GetLastWriteTimeUtc)
            .FirstOrDefault()
            ?? throw new FileNotFoundException($"No functions.metadata under {bin}: build functions/ServiceQuality.Functions first (scripts/test.sh does).");
    }
}
