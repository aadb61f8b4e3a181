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
            return await FindAsync(entry.Scope, entry.Key, cancellationToken) ?? throw new InvalidOperationException($"Idempotency key {entry.Key} vanished after a conflict.");
        }
    }

    public async Task<IdempotencyEntry?> FindAsync(string scope, string key, CancellationToken cancellationToken)
    {
        var found = await _table.GetEntityIfExistsAsync<TableEntity>(scope, key, cancellationToken: cancellationToken);
        return found.HasValue
            ? new IdempotencyEntry(scope, key, found.Value!.GetString("ResourceId"), found.Value.GetString("Fingerprint"),
                found.Value.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue)
            : null;
    }
}
