namespace ServiceQuality.Domain.Leads;

/// <summary>What a complaint says about a seller, normalised so repeat reports about one seller compare equal.</summary>
public sealed record SellerMention(string? Platform, string? ShopName, string? ShopId, string? Url, IReadOnlyList<string> ProductTypes)
{
    public bool IsEmpty => ShopName is null && ShopId is null && Url is null;

    /// <summary>
    /// The identity of the seller: the shop id on its platform where known, else the shop's address,
    /// else its name on its platform. Reports with the same key are one lead.
    /// </summary>
    public string? Key =>
        ShopId is not null ? $"{Platform ?? "web"}:id:{ShopId}"
        : Url is not null ? $"url:{Url}"
        : ShopName is not null ? $"{Platform ?? "unknown"}:name:{ShopName}"
        : null;
}
