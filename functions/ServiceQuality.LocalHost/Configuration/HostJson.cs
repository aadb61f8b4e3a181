using System.Globalization;
using System.Text.Json;

namespace ServiceQuality.LocalHost.Configuration;

/// <summary>The parts of host.json the Functions host applies to HTTP and queue triggers.</summary>
public sealed record HostJson(string RoutePrefix, QueuesOptions Queues, IReadOnlyDictionary<string, string?> LogLevels)
{
    public static HostJson Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"host.json was not found at {path}.", path);
        }
        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var extensions = document.RootElement.TryGetProperty("extensions", out var e) ? e : default;

        var routePrefix = "api";
        if (extensions.ValueKind == JsonValueKind.Object && extensions.TryGetProperty("http", out var http)
            && http.TryGetProperty("routePrefix", out var prefix) && prefix.ValueKind == JsonValueKind.String)
        {
            routePrefix = prefix.GetString()!.Trim('/');
        }

        var queues = new QueuesOptions();
        if (extensions.ValueKind == JsonValueKind.Object && extensions.TryGetProperty("queues", out var q))
        {
            queues = new QueuesOptions
            {
                BatchSize = Int(q, "batchSize") ?? queues.BatchSize,
                NewBatchThreshold = Int(q, "newBatchThreshold"),
                MaxPollingInterval = Span(q, "maxPollingInterval") ?? queues.MaxPollingInterval,
                VisibilityTimeout = Span(q, "visibilityTimeout") ?? queues.VisibilityTimeout,
                MaxDequeueCount = Int(q, "maxDequeueCount") ?? queues.MaxDequeueCount,
            };
        }
        var logLevels = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (document.RootElement.TryGetProperty("logging", out var logging) && logging.TryGetProperty("logLevel", out var levels)
            && levels.ValueKind == JsonValueKind.Object)
        {
            foreach (var level in levels.EnumerateObject())
            {
                var category = level.Name.Equals("default", StringComparison.OrdinalIgnoreCase) ? "Default" : level.Name;
                logLevels[$"Logging:LogLevel:{category}"] = level.Value.GetString();
            }
        }
        return new HostJson(routePrefix, queues, logLevels);
    }

    private static int? Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.TryGetInt32(out var number) ? number : null;

    private static TimeSpan? Span(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && TimeSpan.TryParse(value.GetString(), CultureInfo.InvariantCulture, out var span)
            ? span
            : null;
}
