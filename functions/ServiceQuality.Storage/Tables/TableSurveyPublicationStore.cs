using Azure.Data.Tables;
using ServiceQuality.Domain.Integrity;

namespace ServiceQuality.Storage.Tables;

/// <summary>The managers' publication decisions in table SurveySettings, one row per survey in one partition.</summary>
public sealed class TableSurveyPublicationStore(TableServiceClient service) : ISurveyPublicationStore
{
    private const string Partition = "publication";
    private readonly TableClient _table = service.GetTableClient(TableNames.SurveySettings);

    public async Task SaveAsync(SurveyPublication publication, CancellationToken cancellationToken) =>
        await _table.UpsertEntityAsync(new TableEntity(Partition, publication.SurveyId)
        {
            ["PublishOpen"] = publication.PublishOpen,
            ["Reason"] = publication.Reason,
            ["ChangedBy"] = publication.ChangedBy,
            ["ChangedAt"] = publication.ChangedAt,
        }, TableUpdateMode.Replace, cancellationToken);

    public async Task<IReadOnlyList<SurveyPublication>> ListAsync(CancellationToken cancellationToken)
    {
        var list = new List<SurveyPublication>();
        await foreach (var e in _table.QueryAsync<TableEntity>(x => x.PartitionKey == Partition, cancellationToken: cancellationToken))
        {
            list.Add(new SurveyPublication(e.RowKey, e.GetBoolean("PublishOpen") ?? true, e.GetString("Reason") ?? "", e.GetString("ChangedBy") ?? "",
                e.GetDateTimeOffset("ChangedAt") ?? default));
        }
        return list;
    }
}
