using Azure;
using Azure.Data.Tables;
using ServiceQuality.Domain.SurveyTokens;

namespace ServiceQuality.Storage.Tables;

/// <summary>
/// Token-to-transaction links in table SurveyTokenLinks, partitioned by survey, one row per token id. Nothing else
/// refers to these rows; deleting one removes the only way from a transaction to its token.
/// </summary>
public sealed class TableTransactionLinkStore(TableServiceClient service) : ITransactionLinkStore
{
    private readonly TableClient _table = service.GetTableClient(TableNames.SurveyTokenLinks);

    public Task SaveAsync(TransactionLink link, CancellationToken cancellationToken) =>
        _table.UpsertEntityAsync(
            new TableEntity(link.SurveyId, link.TokenId)
            {
                ["TransactionReference"] = link.TransactionReference,
                ["UnitId"] = link.UnitId,
                ["Channel"] = link.Channel,
                ["MintedAt"] = link.MintedAt,
                ["ExpiresAt"] = link.ExpiresAt,
                ["Token"] = link.Token,
            },
            TableUpdateMode.Replace,
            cancellationToken);

    public async Task<bool> DeleteAsync(string surveyId, string tokenId, CancellationToken cancellationToken)
    {
        try
        {
            // An unconditional delete that fails with 404 tells exactly one caller that it removed the row.
            await _table.DeleteEntityAsync(surveyId, tokenId, ETag.All, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false;
        }
    }

    public async Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var deleted = 0;
        var filter = TableClient.CreateQueryFilter($"ExpiresAt lt {now}");
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            if (await DeleteAsync(entity.PartitionKey, entity.RowKey, cancellationToken))
            {
                deleted++;
            }
        }
        return deleted;
    }

    public async Task<TransactionLink?> FindAsync(string surveyId, string tokenId, CancellationToken cancellationToken)
    {
        var found = await _table.GetEntityIfExistsAsync<TableEntity>(surveyId, tokenId, cancellationToken: cancellationToken);
        if (!found.HasValue)
        {
            return null;
        }
        var e = found.Value!;
        return new TransactionLink(surveyId, tokenId, e.GetString("TransactionReference"), e.GetString("UnitId"), e.GetString("Channel"),
            e.GetDateTimeOffset("MintedAt") ?? DateTimeOffset.MinValue, e.GetDateTimeOffset("ExpiresAt") ?? DateTimeOffset.MinValue, e.GetString("Token"));
    }
}
