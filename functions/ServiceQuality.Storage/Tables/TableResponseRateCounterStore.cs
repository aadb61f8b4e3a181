using Azure;
using Azure.Data.Tables;
using ServiceQuality.Domain.ResponseRates;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Storage.Tables;

/// <summary>
/// Response-rate counters in table ResponseRateCounters, one partition per Taipei month. Each counter is spread over
/// a few shard rows, so that busy form pages rarely contend for one row's ETag; reading sums the shards.
/// </summary>
public sealed class TableResponseRateCounterStore(TableServiceClient service) : IResponseRateCounterStore
{
    private const int Shards = 4;
    private const int MaxAttempts = 10;
    private readonly TableClient _table = service.GetTableClient(TableNames.ResponseRateCounters);

    public async Task IncrementAsync(MonthKey month, string kind, string surveyId, string unit, string channel, CancellationToken cancellationToken)
    {
        var partition = month.ToString();
        var row = $"{kind}|{surveyId}|{unit}|{channel}|{Random.Shared.Next(Shards)}";
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var found = await _table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
                if (!found.HasValue)
                {
                    await _table.AddEntityAsync(
                        new TableEntity(partition, row) { ["Kind"] = kind, ["SurveyId"] = surveyId, ["Unit"] = unit, ["Channel"] = channel, ["Count"] = 1L },
                        cancellationToken);
                    return;
                }
                var entity = found.Value!;
                entity["Count"] = (entity.GetInt64("Count") ?? 0) + 1;
                await _table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < MaxAttempts)
            {
                // Another request added or changed the row between the read and the write: read it again.
            }
        }
    }

    public async Task<IReadOnlyList<RateCount>> ListMonthAsync(MonthKey month, CancellationToken cancellationToken)
    {
        var partition = month.ToString();
        var list = new List<RateCount>();
        await foreach (var e in _table.QueryAsync<TableEntity>(x => x.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            list.Add(new RateCount(e.GetString("Kind"), e.GetString("SurveyId"), e.GetString("Unit") ?? "", e.GetString("Channel") ?? "", e.GetInt64("Count") ?? 0));
        }
        return list
            .GroupBy(c => (c.Kind, c.SurveyId, c.Unit, c.Channel))
            .Select(g => new RateCount(g.Key.Kind, g.Key.SurveyId, g.Key.Unit, g.Key.Channel, g.Sum(c => c.Count)))
            .ToList();
    }
}
