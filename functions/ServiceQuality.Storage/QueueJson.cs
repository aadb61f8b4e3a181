using System.Text.Json;

namespace ServiceQuality.Storage;

/// <summary>The JSON shape of queue messages; the Functions queue trigger binds records from camelCase JSON.</summary>
public static class QueueJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
