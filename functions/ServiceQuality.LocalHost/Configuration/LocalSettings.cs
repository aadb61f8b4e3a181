using System.Text.Json;

namespace ServiceQuality.LocalHost.Configuration;

/// <summary>
/// local.settings.json as the Functions host reads it: "Values" become app settings (a double underscore
/// nests a key, as in environment variables) and "Host.LocalHttpPort" is the port to listen on.
/// </summary>
public sealed record LocalSettings(IReadOnlyDictionary<string, string?> Values, int Port)
{
    public const int DefaultPort = 7071;

    public static LocalSettings Read(string path)
    {
        if (!File.Exists(path))
        {
            return new LocalSettings(new Dictionary<string, string?>(), DefaultPort);
        }
        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var root = document.RootElement;
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (root.TryGetProperty("Values", out var v) && v.ValueKind == JsonValueKind.Object)
        {
            foreach (var setting in v.EnumerateObject())
            {
                values[setting.Name.Replace("__", ":", StringComparison.Ordinal)] =
                    setting.Value.ValueKind == JsonValueKind.String ? setting.Value.GetString() : setting.Value.GetRawText();
            }
        }
        var port = root.TryGetProperty("Host", out var host) && host.TryGetProperty("LocalHttpPort", out var p) && p.TryGetInt32(out var number)
            ? number
            : DefaultPort;
        return new LocalSettings(values, port);
    }
}
