using System.Globalization;
using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using ServiceQuality.Domain.Email;

namespace ServiceQuality.Storage.Email;

/// <summary>
/// The local outbox in table EmailOutbox: one partition, rows keyed by inverted creation time so a plain
/// query returns the newest first; the message id completes the key, so keeping a message twice is one row.
/// </summary>
public sealed class TableEmailOutboxStore(TableServiceClient service) : IEmailOutboxStore
{
    private const string Partition = "outbox";
    private readonly TableClient _table = service.GetTableClient(TableNames.EmailOutbox);

    public async Task SaveAsync(OutgoingEmail email, CancellationToken cancellationToken) =>
        await _table.UpsertEntityAsync(
            new TableEntity(Partition, Row(email))
            {
                ["MessageId"] = email.Id,
                ["Kind"] = email.Kind,
                ["Language"] = email.Language,
                ["To"] = email.To,
                ["ToName"] = email.ToName,
                ["Subject"] = email.Subject,
                ["TextBody"] = email.TextBody,
                ["HtmlBody"] = email.HtmlBody,
                ["Link"] = email.Link,
                ["CreatedAt"] = email.CreatedAt,
            },
            TableUpdateMode.Replace,
            cancellationToken);

    public async IAsyncEnumerable<OutgoingEmail> ListRecentAsync(int max, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var e in _table.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, maxPerPage: Math.Min(max, 1000), cancellationToken: cancellationToken))
        {
            if (count++ >= max)
            {
                yield break;
            }
            yield return new OutgoingEmail(
                e.GetString("MessageId"), e.GetString("Kind"), e.GetString("Language"), e.GetString("To"), e.GetString("ToName"),
                e.GetString("Subject"), e.GetString("TextBody"), e.GetString("HtmlBody"), e.GetString("Link"),
                e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue);
        }
    }

    public async Task<int> DeleteKeptBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        // Rows are keyed by inverted time, so everything kept at or before the cutoff sorts at or after its key.
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey ge {InvertedTicks(cutoff)}");
        var doomed = new List<TableTransactionAction>();
        await foreach (var e in _table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            doomed.Add(new TableTransactionAction(TableTransactionActionType.Delete, e, Azure.ETag.All));
        }
        // One partition, so deletes go 100 to an entity-group transaction.
        foreach (var chunk in doomed.Chunk(100))
        {
            await _table.SubmitTransactionAsync(chunk, cancellationToken);
        }
        return doomed.Count;
    }

    private static string Row(OutgoingEmail email) => InvertedTicks(email.CreatedAt) + "_" + Uri.EscapeDataString(email.Id);

    private static string InvertedTicks(DateTimeOffset time) =>
        (DateTimeOffset.MaxValue.UtcTicks - time.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);
}
