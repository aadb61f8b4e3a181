using System.Text.Json;

namespace ServiceQuality.Storage;

/// <summary>The JSON shape of values stored inside table entities.</summary>
public static class StorageJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
