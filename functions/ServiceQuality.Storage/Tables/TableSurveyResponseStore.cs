using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Storage.Tables;

public sealed class TableSurveyResponseStore(TableServiceClient service) : ISurveyResponseStore
{
    private readonly TableClient _table = service.GetTableClient(TableNames.SurveyResponses);

    public async Task SaveAsync(SurveyResponse response, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(TableKeys.SurveyMonth(response.SurveyId, response.Month), response.Id)
        {
            ["SurveyId"] = response.SurveyId,
            ["SurveyVersion"] = response.SurveyVersion,
            ["SubmittedAt"] = response.SubmittedAt,
            ["UnitId"] = response.UnitId,
            ["Channel"] = response.Channel,
            ["Language"] = response.Language,
            ["Answers"] = JsonSerializer.Serialize(response.Answers),
            ["Category"] = response.Category,
        };
        // Upsert: a repeated save of the same response (a retry) replaces it with identical content.
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task DeleteAsync(SurveyResponse response, CancellationToken cancellationToken) =>
        await _table.DeleteEntityAsync(TableKeys.SurveyMonth(response.SurveyId, response.Month), response.Id, ETag.All, cancellationToken);

    public async Task<SurveyResponse?> FindAsync(string surveyId, MonthKey month, string responseId, CancellationToken cancellationToken)
    {
        var found = await _table.GetEntityIfExistsAsync<TableEntity>(TableKeys.SurveyMonth(surveyId, month), responseId, cancellationToken: cancellationToken);
        return found.HasValue ? ToResponse(found.Value!) : null;
    }

    public async IAsyncEnumerable<SurveyResponse> ListMonthAsync(string surveyId, MonthKey month, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var partition = TableKeys.SurveyMonth(surveyId, month);
        await foreach (var entity in _table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            yield return ToResponse(entity);
        }
    }

    private static SurveyResponse ToResponse(TableEntity entity) => new(
        entity.RowKey,
        entity.GetString("SurveyId"),
        entity.GetInt32("SurveyVersion") ?? 1,
        entity.GetDateTimeOffset("SubmittedAt") ?? throw new RequestFailedException($"Response {entity.RowKey} has no submission time."),
        entity.GetString("UnitId"),
        entity.GetString("Channel"),
        entity.GetString("Language"),
        JsonSerializer.Deserialize<Dictionary<string, string>>(entity.GetString("Answers") ?? "{}") ?? [],
        entity.GetString("Category"));
}
