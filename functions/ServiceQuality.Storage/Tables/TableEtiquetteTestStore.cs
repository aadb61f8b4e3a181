using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ServiceQuality.Domain.Etiquette;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Storage.Tables;

/// <summary>Table EtiquetteTests: partition by the Taipei month of the test (yyyy-MM), row key the test id.</summary>
public sealed class TableEtiquetteTestStore(TableServiceClient service) : IEtiquetteTestStore
{
    private const string DateFormat = "yyyy-MM-dd";

    private readonly TableClient _table = service.GetTableClient(TableNames.EtiquetteTests);

    public async Task SaveAsync(EtiquetteTest test, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(test.Month.ToString(), test.Id)
        {
            ["TestedAt"] = test.TestedAt,
            ["UnitId"] = test.UnitId,
            ["Staff"] = test.Staff,
            ["Extension"] = test.Extension,
            ["Tester"] = test.Tester,
            ["Scores"] = JsonSerializer.Serialize(test.Scores),
            ["Total"] = test.Total,
            ["Grade"] = test.Grade,
            ["Commended"] = test.Commended,
            ["RetestDue"] = test.RetestDue?.ToString(DateFormat, CultureInfo.InvariantCulture),
            ["Notes"] = test.Notes,
            ["RubricVersion"] = test.RubricVersion,
            ["RecordedAt"] = test.RecordedAt,
            ["RecordedBy"] = test.RecordedBy,
        };
        // Upsert: a repeated save of the same test (a retry) replaces it with identical content.
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<EtiquetteTest?> FindAsync(MonthKey month, string id, CancellationToken cancellationToken)
    {
        var found = await _table.GetEntityIfExistsAsync<TableEntity>(month.ToString(), id, cancellationToken: cancellationToken);
        return found.HasValue ? ToTest(found.Value!) : null;
    }

    public async IAsyncEnumerable<EtiquetteTest> ListMonthAsync(MonthKey month, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var partition = month.ToString();
        await foreach (var entity in _table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            yield return ToTest(entity);
        }
    }

    private static EtiquetteTest ToTest(TableEntity entity) => new(
        entity.RowKey,
        entity.GetDateTimeOffset("TestedAt") ?? throw new RequestFailedException($"Etiquette test {entity.RowKey} has no test time."),
        entity.GetString("UnitId"),
        entity.GetString("Staff"),
        entity.GetString("Extension"),
        entity.GetString("Tester"),
        JsonSerializer.Deserialize<Dictionary<string, int>>(entity.GetString("Scores") ?? "{}") ?? [],
        entity.GetInt32("Total") ?? 0,
        entity.GetString("Grade"),
        entity.GetBoolean("Commended") ?? false,
        entity.GetString("RetestDue") is { } due ? DateOnly.ParseExact(due, DateFormat, CultureInfo.InvariantCulture) : null,
        entity.GetString("Notes"),
        entity.GetInt32("RubricVersion") ?? 1,
        entity.GetDateTimeOffset("RecordedAt") ?? DateTimeOffset.MinValue,
        entity.GetString("RecordedBy") ?? "");
}
