using Azure.Data.Tables;

namespace ServiceQuality.LoadTest;

/// <summary>Checks that every response answered 201 or 202 is in storage.</summary>
public static class StoredRecords
{
    public static async Task<int> MissingAsync(TableServiceClient tables, IReadOnlyList<LoadResult> results, CancellationToken cancellationToken)
    {
        var responses = new HashSet<string>();
        await foreach (var e in tables.GetTableClient("SurveyResponses").QueryAsync<TableEntity>(select: ["RowKey"], cancellationToken: cancellationToken))
        {
            responses.Add(e.RowKey);
        }
        var cases = new HashSet<string>();
        await foreach (var e in tables.GetTableClient("Cases").QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            cases.Add($"{e.PartitionKey}-{e.RowKey}");
        }
        return results.Count(r => r.CreatedId is not null && !(r.Kind == "survey" ? responses : cases).Contains(r.CreatedId));
    }
}
