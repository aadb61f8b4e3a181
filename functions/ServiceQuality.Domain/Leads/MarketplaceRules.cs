using System.Text.Json;

namespace ServiceQuality.Domain.Leads;

/// <summary>Marketplaces and product types recognised in complaints, from the leads data file.</summary>
public sealed record MarketplaceRules(IReadOnlyList<MarketplaceRules.Platform> Platforms, IReadOnlyList<MarketplaceRules.ProductType> ProductTypes)
{
    public sealed record Platform(string Id, IReadOnlyList<string> Names, IReadOnlyList<string> Hosts);

    public sealed record ProductType(string Id, IReadOnlyList<string> Names);

    public static MarketplaceRules LoadFrom(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        return new MarketplaceRules(
            root.GetProperty("platforms").EnumerateArray().Select(p => new Platform(
                p.GetProperty("id").GetString()!,
                Strings(p, "names"),
                Strings(p, "hosts"))).ToList(),
            root.GetProperty("productTypes").EnumerateArray().Select(p => new ProductType(
                p.GetProperty("id").GetString()!,
                Strings(p, "names"))).ToList());
    }

    private static List<string> Strings(JsonElement element, string name) =>
        element.GetProperty(name).EnumerateArray().Select(s => s.GetString()!.ToLowerInvariant()).ToList();
}
