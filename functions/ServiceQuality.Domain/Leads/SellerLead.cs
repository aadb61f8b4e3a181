namespace ServiceQuality.Domain.Leads;

/// <summary>
/// Repeat reports about one seller, merged for market surveillance: where it sells, what, and which cases
/// named it. A lead merged into another keeps pointing at it.
/// </summary>
public sealed record SellerLead(
    string Id,
    IReadOnlyList<string> Keys,
    string? Platform,
    string? ShopName,
    string? ShopId,
    string? Url,
    IReadOnlyList<string> ProductTypes,
    IReadOnlyList<string> CaseNumbers,
    DateTimeOffset FirstReportedAt,
    DateTimeOffset LastReportedAt,
    string? MergedInto = null)
{
    public int Count => CaseNumbers.Count;
}
