using Azure;
using Azure.Data.Tables;
using ServiceQuality.Domain.Idempotency;

namespace ServiceQuality.Storage.Tables;

public sealed class TableIdempotencyStore(TableServiceClient service) : IIdempotencyStore
{
    private readonly TableClient _table = service.GetTableClient(TableNames.Idempotency);

    public async Task<IdempotencyEntry?> TryClaimAsync(IdempotencyEntry entry, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(entry.Scope, entry.Key)
        {
            ["ResourceId"] = entry.ResourceId,
            ["Fingerprint"] = entry.Fingerprint,
            ["CreatedAt"] = entry.CreatedAt,
        };
        try
        {
            // Insert fails with 409 when the key exists: the table's own uniqueness decides who claimed it first.
            await _table.AddEntityAsync(entity, cancellationToken);
            return null;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            var existing = await _table.GetEntityAsync<TableEntity>(entry.Scope, entry.Key, cancellationToken: cancellationToken);
            return new IdempotencyEntry(
                entry.Scope,
                entry.Key,
                existing.Value.GetString("ResourceId"),
                existing.Value.GetString("Fingerprint"),
                existing.Value.GetDateTimeOffset("CreatedAt") ?? entry.CreatedAt);
        }
    }
}
