using Microsoft.AspNetCore.Http;

namespace ServiceQuality.Handlers.Http;

/// <summary>GET assets/{name}: the stylesheet and scripts of the pages, embedded in this library.</summary>
public sealed class AssetsEndpoint
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
    };

    private readonly Dictionary<string, byte[]> _assets = LoadAssets();

    public IResult Get(HttpRequest request, string name)
    {
        if (!_assets.TryGetValue(name, out var content) || !ContentTypes.TryGetValue(Path.GetExtension(name), out var type))
        {
            return Problems.NotFound("Unknown asset.", $"There is no asset '{name}'.");
        }
        request.HttpContext.Response.Headers.CacheControl = "public, max-age=3600";
        return TypedResults.Bytes(content, type);
    }

    private static Dictionary<string, byte[]> LoadAssets()
    {
        var assembly = typeof(AssetsEndpoint).Assembly;
        var assets = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("assets/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            assets[resource["assets/".Length..]] = copy.ToArray();
        }
        return assets;
    }
}
