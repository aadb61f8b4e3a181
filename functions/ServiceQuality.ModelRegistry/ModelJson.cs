using System.Text.Json;

namespace ServiceQuality.ModelRegistry;

/// <summary>The JSON shape of metrics.json and current.json: camelCase, indented so people can read them in the portal.</summary>
internal static class ModelJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}
