using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServiceQuality.Domain.Reports;

/// <summary>The JSON shape of stored figures: compact, camel-case, the same bytes for the same figures.</summary>
public static class RollupJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = false,
    };

    public static string Write<T>(T figures) => JsonSerializer.Serialize(figures, Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"A stored rollup of {typeof(T).Name} is empty.");
}
