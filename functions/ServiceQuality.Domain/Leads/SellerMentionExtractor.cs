using System.Text;
using System.Text.RegularExpressions;

namespace ServiceQuality.Domain.Leads;

/// <summary>
/// Finds the marketplace, shop name or id, address and product type in a report of a seller, with rules and
/// patterns only: the text never leaves the system for this.
/// </summary>
public sealed partial class SellerMentionExtractor(MarketplaceRules rules)
{
    public SellerMention Extract(string text)
    {
        var normalised = Normalise(text);
        var lower = normalised.ToLowerInvariant();

        string? url = null, shopId = null, platform = null;
        foreach (Match match in UrlPattern().Matches(normalised))
        {
            var (host, path) = SplitUrl(match.Value);
            var known = rules.Platforms.FirstOrDefault(p => p.Hosts.Any(h => host == h || host.EndsWith("." + h, StringComparison.Ordinal)));
            url ??= path.Length > 0 ? $"{host}/{path}" : host;
            if (known is not null)
            {
                platform ??= known.Id;
                // The first path segment of a marketplace address is the shop's account on it.
                shopId ??= path.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(IsShopId);
            }
        }
        platform ??= rules.Platforms
            .Select(p => (p.Id, Index: p.Names.Select(n => IndexOfName(lower, n)).Where(i => i >= 0).DefaultIfEmpty(-1).Min()))
            .Where(p => p.Index >= 0)
            .OrderBy(p => p.Index)
            .Select(p => p.Id)
            .FirstOrDefault();
        shopId ??= ShopIdPattern().Match(normalised) is { Success: true } id ? id.Groups["id"].Value.ToLowerInvariant() : null;

        var name = ShopNamePattern().Match(normalised) is { Success: true } named ? named.Groups["name"].Value
            : EnglishShopNamePattern().Match(normalised) is { Success: true } english ? english.Groups["name"].Value
            : null;
        var products = rules.ProductTypes.Where(p => p.Names.Any(n => lower.Contains(n, StringComparison.Ordinal))).Select(p => p.Id).ToList();
        return new SellerMention(platform, NormaliseName(name), shopId, url, products);
    }

    // Full-width letters, digits and punctuation become half-width, so ｓｈｏｐｅｅ and shopee are one shop.
    private static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                _ => c,
            });
        }
        return builder.ToString();
    }

    private static string? NormaliseName(string? name)
    {
        if (name is null)
        {
            return null;
        }
        var trimmed = WhitespacePattern().Replace(name.Trim(), " ").ToLowerInvariant();
        return trimmed.Length is > 0 and <= 60 ? trimmed : null;
    }

    private static (string Host, string Path) SplitUrl(string url)
    {
        var withoutScheme = SchemePattern().Replace(url, "");
        var cut = withoutScheme.IndexOfAny(['?', '#']);
        if (cut >= 0)
        {
            withoutScheme = withoutScheme[..cut];
        }
        var slash = withoutScheme.IndexOf('/', StringComparison.Ordinal);
        var host = (slash < 0 ? withoutScheme : withoutScheme[..slash]).ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }
        var path = slash < 0 ? "" : withoutScheme[(slash + 1)..].TrimEnd('/', '.', ',').ToLowerInvariant();
        return (host, path);
    }

    private static bool IsShopId(string segment) => segment.Length is >= 2 and <= 40 && segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.');

    // Short Latin names ("fb", "line@") only count as whole words, or every "fb" inside a word would match.
    private static int IndexOfName(string text, string name)
    {
        var index = text.IndexOf(name, StringComparison.Ordinal);
        if (index < 0 || !name.All(char.IsAscii))
        {
            return index;
        }
        var before = index == 0 || !char.IsAsciiLetterOrDigit(text[index - 1]);
        var after = index + name.Length >= text.Length || !char.IsAsciiLetterOrDigit(text[index + name.Length]);
        return before && after ? index : -1;
    }

    [GeneratedRegex(@"(?:https?://)?(?:[a-z0-9-]+\.)+(?:com\.tw|com|tw|me|net)(?:/[^\s「」『』""'，。、）)]*)?", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"^https?://", RegexOptions.IgnoreCase)]
    private static partial Regex SchemePattern();

    [GeneratedRegex(@"(?:賣場|商店|店家|賣家|店名|店鋪|粉專|粉絲專頁|帳號)(?:名稱|名字)?(?:叫做?|是|為|:|：)?\s*[「『""](?<name>[^」』""]{1,40})[」』""]")]
    private static partial Regex ShopNamePattern();

    [GeneratedRegex(@"(?:shop|store|seller|page)\s+(?:called|named)?\s*[""“](?<name>[^""”]{1,40})[""”]", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishShopNamePattern();

    [GeneratedRegex(@"(?:賣家帳號|賣場帳號|帳號|賣家ID|seller id|shop id|ID)\s*[:：]?\s*(?<id>[A-Za-z0-9_.\-]{3,40})", RegexOptions.IgnoreCase)]
    private static partial Regex ShopIdPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();
}
