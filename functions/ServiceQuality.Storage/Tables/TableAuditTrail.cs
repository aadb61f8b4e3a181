using System.Globalization;
using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using ServiceQuality.Domain.Audit;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Storage.Tables;

/// <summary>
/// The audit trail: one partition per Asia/Taipei month, rows keyed newest first (inverted ticks) so a
/// month reads in the order staff want it. Entries are only inserted, never replaced.
/// </summary>
public sealed class TableAuditTrail(TableServiceClient service) : IAuditTrail
{
    private readonly TableClient _table = service.GetTableClient(TableNames.AuditTrail);

    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        var row = (DateTimeOffset.MaxValue.UtcTicks - entry.At.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "_" + Guid.NewGuid().ToString("N");
        await _table.AddEntityAsync(
            new TableEntity(MonthKey.Of(entry.At).ToString(), row)
            {
                ["At"] = entry.At,
                ["Actor"] = entry.Actor,
                ["Action"] = entry.Action,
                ["Resource"] = entry.Resource,
                ["Detail"] = entry.Detail,
            },
            cancellationToken);
    }

    public async IAsyncEnumerable<AuditEntry> ListMonthAsync(MonthKey month, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var partition = month.ToString();
        await foreach (var e in _table.QueryAsync<TableEntity>(x => x.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            yield return new AuditEntry(e.GetDateTimeOffset("At") ?? default, e.GetString("Actor") ?? "", e.GetString("Action") ?? "", e.GetString("Resource") ?? "", e.GetString("Detail"));
        }
    }
}
