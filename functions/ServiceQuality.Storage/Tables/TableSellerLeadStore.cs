using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ServiceQuality.Domain.Leads;

namespace ServiceQuality.Storage.Tables;

/// <summary>Leads in one partition, and beside them the rows that map each seller key to its lead.</summary>
public sealed class TableSellerLeadStore(TableServiceClient service) : ISellerLeadStore
{
    private const string LeadPartition = "lead";
    private const string KeyPartition = "key";
    private readonly TableClient _table = service.GetTableClient(TableNames.SellerLeads);

    public async Task<(SellerLead Lead, string Version)?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var found = await _table.GetEntityIfExistsAsync<TableEntity>(LeadPartition, id, cancellationToken: cancellationToken);
        return found.HasValue ? (ToLead(found.Value!), found.Value!.ETag.ToString()) : null;
    }

    public async Task<bool> TrySaveAsync(SellerLead lead, string? version, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(LeadPartition, lead.Id)
        {
            ["Keys"] = JsonSerializer.Serialize(lead.Keys, StorageJson.Options),
            ["Platform"] = lead.Platform,
            ["ShopName"] = lead.ShopName,
            ["ShopId"] = lead.ShopId,
            ["Url"] = lead.Url,
            ["ProductTypes"] = JsonSerializer.Serialize(lead.ProductTypes, StorageJson.Options),
            ["CaseNumbers"] = JsonSerializer.Serialize(lead.CaseNumbers, StorageJson.Options),
            ["Count"] = lead.Count,
            ["FirstReportedAt"] = lead.FirstReportedAt,
            ["LastReportedAt"] = lead.LastReportedAt,
            ["MergedInto"] = lead.MergedInto,
        };
        try
        {
            if (version is null)
            {
                await _table.AddEntityAsync(entity, cancellationToken);
            }
            else
            {
                await _table.UpdateEntityAsync(entity, new ETag(version), TableUpdateMode.Replace, cancellationToken);
            }
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }

    public async Task<string?> FindByKeyAsync(string key, CancellationToken cancellationToken)
    {
        var found = await _table.GetEntityIfExistsAsync<TableEntity>(KeyPartition, KeyRow(key), cancellationToken: cancellationToken);
        return found.HasValue ? found.Value!.GetString("LeadId") : null;
    }

    public async Task SetKeyAsync(string key, string leadId, CancellationToken cancellationToken) =>
        await _table.UpsertEntityAsync(new TableEntity(KeyPartition, KeyRow(key)) { ["Key"] = key, ["LeadId"] = leadId }, TableUpdateMode.Replace, cancellationToken);

    public async IAsyncEnumerable<SellerLead> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in _table.QueryAsync<TableEntity>(e => e.PartitionKey == LeadPartition, cancellationToken: cancellationToken))
        {
            yield return ToLead(entity);
        }
    }

    // Keys hold URLs and names with characters a row key may not contain.
    private static string KeyRow(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static SellerLead ToLead(TableEntity e) => new(
        e.RowKey,
        List(e, "Keys"),
        e.GetString("Platform"),
        e.GetString("ShopName"),
        e.GetString("ShopId"),
        e.GetString("Url"),
        List(e, "ProductTypes"),
        List(e, "CaseNumbers"),
        e.GetDateTimeOffset("FirstReportedAt") ?? DateTimeOffset.MinValue,
        e.GetDateTimeOffset("LastReportedAt") ?? DateTimeOffset.MinValue,
        e.GetString("MergedInto"));

    private static List<string> List(TableEntity e, string name) =>
        JsonSerializer.Deserialize<List<string>>(e.GetString(name) ?? "[]", StorageJson.Options) ?? [];
}
