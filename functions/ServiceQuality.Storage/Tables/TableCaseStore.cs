using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ServiceQuality.Domain.Cases;

namespace ServiceQuality.Storage.Tables;

/// <summary>
/// Cases in one partition per year, beside that year's counter row and idempotency-key rows, so that taking
/// the next number, storing the case and recording its key happen in one entity-group transaction:
/// a number is never taken without its case, and two filings never get the same number.
/// </summary>
public sealed class TableCaseStore(TableServiceClient service) : ICaseStore
{
    private const string CounterRow = "counter";
    private const string KeyRowPrefix = "key-";
    private readonly TableClient _table = service.GetTableClient(TableNames.Cases);

    public async Task<(Case Case, bool Replayed)?> CreateAsync(CaseDraft draft, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var year = draft.FiledAt.ToOffset(Domain.Time.TaipeiTime.Offset).Year;
        var partition = Partition(year);
        var keyRow = idempotencyKey is null ? null : KeyRowPrefix + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)));

        while (true)
        {
            if (keyRow is not null && await FindByKeyAsync(partition, keyRow, cancellationToken) is var (sequence, fingerprint))
            {
                if (fingerprint != draft.Fingerprint)
                {
                    return null;
                }
                var earlier = await _table.GetEntityAsync<TableEntity>(partition, Row(sequence), cancellationToken: cancellationToken);
                return (ToCase(earlier.Value), true);
            }
            var counter = await _table.GetEntityIfExistsAsync<TableEntity>(partition, CounterRow, cancellationToken: cancellationToken);
            var next = (counter.HasValue ? counter.Value!.GetInt32("Value") ?? 0 : 0) + 1;
            var created = new Case(new CaseNumber(year, next), draft.FiledAt, draft.DueDate, draft.Subject, draft.Text, draft.Channel, draft.Language,
                CaseStatus.Received, null, null, null, null, null, null, null, [new CaseEvent(draft.FiledAt, "citizen", "filed", draft.Channel)]);

            var actions = new List<TableTransactionAction>
            {
                counter.HasValue
                    ? new(TableTransactionActionType.UpdateReplace, new TableEntity(partition, CounterRow) { ["Value"] = next }, counter.Value!.ETag)
                    : new(TableTransactionActionType.Add, new TableEntity(partition, CounterRow) { ["Value"] = next }),
                new(TableTransactionActionType.Add, ToEntity(created)),
            };
            if (keyRow is not null)
            {
                actions.Add(new(TableTransactionActionType.Add, new TableEntity(partition, keyRow) { ["Sequence"] = next, ["Fingerprint"] = draft.Fingerprint }));
            }
            try
            {
                await _table.SubmitTransactionAsync(actions, cancellationToken);
                return (created, false);
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another filing took the number, or used the key, first: read again and retry or replay.
            }
        }
    }

    private async Task<(int Sequence, string? Fingerprint)?> FindByKeyAsync(string partition, string keyRow, CancellationToken cancellationToken)
    {
        var key = await _table.GetEntityIfExistsAsync<TableEntity>(partition, keyRow, cancellationToken: cancellationToken);
        return key.HasValue ? (key.Value!.GetInt32("Sequence")!.Value, key.Value.GetString("Fingerprint")) : null;
    }

    public async Task<VersionedCase?> FindAsync(CaseNumber number, CancellationToken cancellationToken)
    {
        var found = await _table.GetEntityIfExistsAsync<TableEntity>(Partition(number.Year), Row(number.Sequence), cancellationToken: cancellationToken);
        return found.HasValue ? new VersionedCase(ToCase(found.Value!), found.Value!.ETag.ToString()) : null;
    }

    public async Task<string> ReplaceAsync(Case updated, string version, CancellationToken cancellationToken)
    {
        try
        {
            var response = await _table.UpdateEntityAsync(ToEntity(updated), new ETag(version), TableUpdateMode.Replace, cancellationToken);
            return response.Headers.ETag?.ToString() ?? "";
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            throw new CaseConflictException(updated.Number);
        }
    }

    public async IAsyncEnumerable<Case> ListYearAsync(int year, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var partition = Partition(year);
        // Case rows are the six-digit sequence numbers; the counter and key rows sort after them.
        await foreach (var entity in _table.QueryAsync<TableEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo("000000") >= 0 && e.RowKey.CompareTo("999999") <= 0,
            cancellationToken: cancellationToken))
        {
            yield return ToCase(entity);
        }
    }

    private static string Partition(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    private static string Row(int sequence) => sequence.ToString("D6", CultureInfo.InvariantCulture);

    private static TableEntity ToEntity(Case c) => new(Partition(c.Number.Year), Row(c.Number.Sequence))
    {
        ["FiledAt"] = c.FiledAt,
        ["DueDate"] = c.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Subject"] = c.Subject,
        ["Text"] = c.Text,
        ["Channel"] = c.Channel,
        ["Language"] = c.Language,
        ["Status"] = c.Status,
        ["Category"] = c.Category,
        ["Confidence"] = c.Confidence,
        ["Priority"] = c.Priority,
        ["UnitId"] = c.UnitId,
        ["Reply"] = c.Reply,
        ["RepliedAt"] = c.RepliedAt,
        ["ClosedAt"] = c.ClosedAt,
        ["History"] = JsonSerializer.Serialize(c.History, StorageJson.Options),
    };

    private static Case ToCase(TableEntity e) => new(
        new CaseNumber(int.Parse(e.PartitionKey, CultureInfo.InvariantCulture), int.Parse(e.RowKey, CultureInfo.InvariantCulture)),
        e.GetDateTimeOffset("FiledAt") ?? DateTimeOffset.MinValue,
        DateOnly.ParseExact(e.GetString("DueDate"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        e.GetString("Subject"),
        e.GetString("Text"),
        e.GetString("Channel"),
        e.GetString("Language"),
        e.GetString("Status"),
        e.GetString("Category"),
        (float?)e.GetDouble("Confidence"),
        e.GetInt32("Priority"),
        e.GetString("UnitId"),
        e.GetString("Reply"),
        e.GetDateTimeOffset("RepliedAt"),
        e.GetDateTimeOffset("ClosedAt"),
        JsonSerializer.Deserialize<List<CaseEvent>>(e.GetString("History") ?? "[]", StorageJson.Options) ?? []);
}
