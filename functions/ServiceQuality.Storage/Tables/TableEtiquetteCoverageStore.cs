using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using ServiceQuality.Domain.Etiquette;

namespace ServiceQuality.Storage.Tables;

/// <summary>Table EtiquetteCoverage: partition by period (2026-P1), one row per unit.</summary>
public sealed class TableEtiquetteCoverageStore(TableServiceClient service) : IEtiquetteCoverageStore
{
    private readonly TableClient _table = service.GetTableClient(TableNames.EtiquetteCoverage);

    public async Task SaveAsync(PeriodCoverage coverage, DateTimeOffset checkedAt, CancellationToken cancellationToken)
    {
        var partition = coverage.Period.ToString();
        // One entity-group transaction per period: a reader never sees half of a day's check. 100 is the batch limit.
        foreach (var chunk in coverage.Units.Chunk(100))
        {
            var actions = chunk.Select(unit => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(partition, unit.UnitId)
            {
                ["Tested"] = unit.Tested,
                ["TestCount"] = unit.TestCount,
                ["LastTestedAt"] = unit.LastTestedAt,
                ["CountedUntil"] = coverage.CountedUntil,
                ["CheckedAt"] = checkedAt,
            }));
            await _table.SubmitTransactionAsync(actions, cancellationToken);
        }
    }

    public async IAsyncEnumerable<UnitCoverage> ListPeriodAsync(TestPeriod period, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var partition = period.ToString();
        await foreach (var entity in _table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            yield return new UnitCoverage(entity.RowKey, period, entity.GetInt32("TestCount") ?? 0, entity.GetDateTimeOffset("LastTestedAt"));
        }
    }
}
