using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using ServiceQuality.Domain.Classification;

namespace ServiceQuality.Storage.Tables;

/// <summary>
/// Human labels, one partition per model. The row is keyed by what was labelled (a case number), so a
/// later correction of the same case replaces the earlier one: the latest human decision is the label.
/// </summary>
public sealed class TableTrainingLabelStore(TableServiceClient service) : ITrainingLabelStore
{
    private readonly TableClient _table = service.GetTableClient(TableNames.TrainingLabels);

    public async Task AddAsync(TrainingLabel label, CancellationToken cancellationToken) =>
        await _table.UpsertEntityAsync(
            new TableEntity(label.Model, RowKey(label))
            {
                ["Text"] = label.Text,
                ["Label"] = label.Label,
                ["Actor"] = label.Actor,
                ["At"] = label.At,
                ["Source"] = label.Source,
            },
            TableUpdateMode.Replace,
            cancellationToken);

    public async IAsyncEnumerable<TrainingLabel> ListAsync(string model, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var e in _table.QueryAsync<TableEntity>(x => x.PartitionKey == model, cancellationToken: cancellationToken))
        {
            yield return new TrainingLabel(model, e.GetString("Text"), e.GetString("Label"), e.GetString("Actor"), e.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue, e.GetString("Source"));
        }
    }

    private static string RowKey(TrainingLabel label) =>
        string.IsNullOrEmpty(label.Source) || label.Source.Any(c => c is '/' or '\\' or '#' or '?')
            ? Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(label.Text)))
            : label.Source;
}
