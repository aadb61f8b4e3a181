using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using ServiceQuality.Domain.Cases;

namespace ServiceQuality.Domain.Leads;

/// <summary>
/// Turns reports of sellers of uncertified or unsafe goods into leads: each report is added to the lead of
/// the seller it names, so three complaints about one online shop are one lead with count 3. Staff merge
/// leads that are the same seller under different names, and split reports that were merged wrongly.
/// </summary>
public sealed class SellerLeadService(ISellerLeadStore store, SellerMentionExtractor extractor)
{
    public const string Category = "uncertified-goods-seller";

    /// <summary>Adds a case to its seller's lead; a case already counted, or naming no seller, changes nothing.</summary>
    public async Task<SellerLead?> RecordAsync(Case reported, CancellationToken cancellationToken)
    {
        var mention = extractor.Extract(reported.Subject is null ? reported.Text : $"{reported.Subject}\n{reported.Text}");
        if (mention.Key is not { } key)
        {
            return null;
        }
        var caseNumber = reported.Number.ToString();
        while (true)
        {
            var id = await FollowAsync(await store.FindByKeyAsync(key, cancellationToken) ?? IdOf(key), cancellationToken);
            var existing = await store.GetAsync(id, cancellationToken);
            SellerLead lead;
            if (existing is null)
            {
                lead = new SellerLead(id, [key], mention.Platform, mention.ShopName, mention.ShopId, mention.Url, mention.ProductTypes,
                    [caseNumber], reported.FiledAt, reported.FiledAt);
            }
            else if (existing.Value.Lead.CaseNumbers.Contains(caseNumber))
            {
                return existing.Value.Lead;
            }
            else
            {
                var old = existing.Value.Lead;
                lead = old with
                {
                    Keys = old.Keys.Contains(key) ? old.Keys : [.. old.Keys, key],
                    Platform = old.Platform ?? mention.Platform,
                    ShopName = old.ShopName ?? mention.ShopName,
                    ShopId = old.ShopId ?? mention.ShopId,
                    Url = old.Url ?? mention.Url,
                    ProductTypes = old.ProductTypes.Union(mention.ProductTypes).ToList(),
                    CaseNumbers = [.. old.CaseNumbers, caseNumber],
                    FirstReportedAt = Min(old.FirstReportedAt, reported.FiledAt),
                    LastReportedAt = Max(old.LastReportedAt, reported.FiledAt),
                };
            }
            if (await store.TrySaveAsync(lead, existing?.Version, cancellationToken))
            {
                await store.SetKeyAsync(key, lead.Id, cancellationToken);
                return lead;
            }
        }
    }

    /// <summary>Open leads, most reported first, then the most recently reported.</summary>
    public async IAsyncEnumerable<SellerLead> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var leads = new List<SellerLead>();
        await foreach (var lead in store.ListAsync(cancellationToken))
        {
            if (lead.MergedInto is null)
            {
                leads.Add(lead);
            }
        }
        foreach (var lead in leads.OrderByDescending(l => l.Count).ThenByDescending(l => l.LastReportedAt))
        {
            yield return lead;
        }
    }

    /// <summary>Leads merged into another, the most recently reported first; kept so that old links still lead somewhere.</summary>
    public async Task<IReadOnlyList<SellerLead>> ListMergedAsync(CancellationToken cancellationToken)
    {
        var merged = new List<SellerLead>();
        await foreach (var lead in store.ListAsync(cancellationToken))
        {
            if (lead.MergedInto is not null)
            {
                merged.Add(lead);
            }
        }
        return merged.OrderByDescending(l => l.LastReportedAt).ToList();
    }

    public async Task<SellerLead?> GetAsync(string id, CancellationToken cancellationToken) => (await store.GetAsync(id, cancellationToken))?.Lead;

    /// <summary>Merges <paramref name="sourceId"/> into <paramref name="targetId"/>: its reports and names go to the target.</summary>
    public async Task<SellerLead?> MergeAsync(string sourceId, string targetId, CancellationToken cancellationToken)
    {
        if (sourceId == targetId)
        {
            return null;
        }
        while (true)
        {
            var source = await store.GetAsync(sourceId, cancellationToken);
            var target = await store.GetAsync(targetId, cancellationToken);
            if (source is null || target is null || source.Value.Lead.MergedInto is not null || target.Value.Lead.MergedInto is not null)
            {
                return null;
            }
            var (s, t) = (source.Value.Lead, target.Value.Lead);
            var merged = t with
            {
                Keys = t.Keys.Union(s.Keys).ToList(),
                ShopName = t.ShopName ?? s.ShopName,
                ShopId = t.ShopId ?? s.ShopId,
                Url = t.Url ?? s.Url,
                Platform = t.Platform ?? s.Platform,
                ProductTypes = t.ProductTypes.Union(s.ProductTypes).ToList(),
                CaseNumbers = t.CaseNumbers.Union(s.CaseNumbers).ToList(),
                FirstReportedAt = Min(t.FirstReportedAt, s.FirstReportedAt),
                LastReportedAt = Max(t.LastReportedAt, s.LastReportedAt),
            };
            if (!await store.TrySaveAsync(merged, target.Value.Version, cancellationToken))
            {
                continue;
            }
            // Marked after the target holds its reports: a failure in between double-counts, never loses.
            await store.TrySaveAsync(s with { MergedInto = t.Id }, source.Value.Version, cancellationToken);
            foreach (var key in s.Keys)
            {
                await store.SetKeyAsync(key, t.Id, cancellationToken);
            }
            return merged;
        }
    }

    /// <summary>Moves the named reports out of a lead into a new one, when they were about a different seller.</summary>
    public async Task<(SellerLead Remaining, SellerLead Split)?> SplitAsync(string id, IReadOnlyCollection<string> caseNumbers, CancellationToken cancellationToken)
    {
        while (true)
        {
            var found = await store.GetAsync(id, cancellationToken);
            if (found is null || found.Value.Lead.MergedInto is not null)
            {
                return null;
            }
            var lead = found.Value.Lead;
            var moving = lead.CaseNumbers.Where(caseNumbers.Contains).ToList();
            if (moving.Count == 0 || moving.Count == lead.CaseNumbers.Count)
            {
                return null;
            }
            var newId = IdOf($"split:{id}:{string.Join(',', moving.Order(StringComparer.Ordinal))}");
            var split = lead with { Id = newId, Keys = [], CaseNumbers = moving };
            var remaining = lead with { CaseNumbers = lead.CaseNumbers.Except(moving).ToList() };
            if (!await store.TrySaveAsync(remaining, found.Value.Version, cancellationToken))
            {
                continue;
            }
            await store.TrySaveAsync(split, null, cancellationToken);
            return (remaining, split);
        }
    }

    private async Task<string> FollowAsync(string id, CancellationToken cancellationToken)
    {
        for (var hops = 0; hops < 10; hops++)
        {
            var found = await store.GetAsync(id, cancellationToken);
            if (found?.Lead.MergedInto is not { } next)
            {
                return id;
            }
            id = next;
        }
        return id;
    }

    public static string IdOf(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16].ToLowerInvariant();

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
