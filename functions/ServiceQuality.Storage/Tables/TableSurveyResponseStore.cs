using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ServiceQuality.Domain.Idempotency;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Storage.Tables;

/// <summary>
/// Responses in table SurveyResponses, one partition per survey and Taipei month. A response sent with an idempotency
/// key has an id derived from the key (<see cref="KeyedResponseId"/>) and carries the request's fingerprint, so the
/// response row is the claim of the key: one single-entity insert per new response, keyed or not.
/// </summary>
public sealed class TableSurveyResponseStore(TableServiceClient service) : ISurveyResponseStore
{
    private const string FingerprintProperty = "Fingerprint";
    private const int MaxBatch = 100;
    private readonly TableClient _table = service.GetTableClient(TableNames.SurveyResponses);

    public async Task SaveAsync(SurveyResponse response, CancellationToken cancellationToken) =>
        // Upsert: a repeated save of the same response (a retry) replaces it with identical content.
        await _table.UpsertEntityAsync(ToEntity(response), TableUpdateMode.Replace, cancellationToken);

    public async Task<IdempotencyEntry?> AddAsync(SurveyResponse response, IdempotencyEntry? claim, CancellationToken cancellationToken)
    {
        var entity = ToEntity(response);
        if (claim is not null)
        {
            if (claim.ResourceId != response.Id || response.Id != KeyedResponseId.For(response.SurveyId, response.Month, claim.Key))
            {
                throw new ArgumentException($"A keyed response's id is derived from its key; {response.Id} is not.", nameof(response));
            }
            entity[FingerprintProperty] = claim.Fingerprint;
        }
        try
        {
            // Insert, not upsert: the table's uniqueness of the row decides which of two requests with one key stored the response.
            await _table.AddEntityAsync(entity, cancellationToken);
            return null;
        }
        catch (RequestFailedException ex) when (ex.Status == 409 && claim is not null)
        {
            return await FindClaimAsync(response.SurveyId, response.Month, claim.Key, cancellationToken)
                ?? throw new InvalidOperationException($"Idempotency key {claim.Key} conflicted but is not stored.");
        }
    }

    public async Task<IdempotencyEntry?> FindClaimAsync(string surveyId, MonthKey month, string key, CancellationToken cancellationToken)
    {
        var id = KeyedResponseId.For(surveyId, month, key);
        var found = await _table.GetEntityIfExistsAsync<TableEntity>(
            TableKeys.SurveyMonth(surveyId, month), id, [FingerprintProperty, "SubmittedAt"], cancellationToken);
        return found.HasValue && found.Value!.GetString(FingerprintProperty) is { } fingerprint
            ? new IdempotencyEntry(KeyedResponseId.Scope(surveyId), key, id, fingerprint,
                found.Value.GetDateTimeOffset("SubmittedAt") ?? DateTimeOffset.MinValue)
            : null;
    }

    public async Task SetReviewAsync(IReadOnlyList<SurveyResponse> responses, string? review, CancellationToken cancellationToken)
    {
        // A merge of one property per response, a hundred to a transaction within a partition: a burst of a thousand costs ten requests.
        foreach (var partition in responses.GroupBy(r => TableKeys.SurveyMonth(r.SurveyId, r.Month)))
        {
            foreach (var chunk in partition.Chunk(MaxBatch))
            {
                await _table.SubmitTransactionAsync(
                    chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpdateMerge,
                        new TableEntity(partition.Key, r.Id) { ["Review"] = review ?? "" }, ETag.All)),
                    cancellationToken);
            }
        }
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
        // Response ids are hex digits; the range leaves out on the server the "~claim~" rows that stored keys before a
        // keyed response became its own claim.
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey lt {"~"}");
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return ToResponse(entity);
        }
    }

    private static TableEntity ToEntity(SurveyResponse response) => new(TableKeys.SurveyMonth(response.SurveyId, response.Month), response.Id)
    {
        ["SurveyId"] = response.SurveyId,
        ["SurveyVersion"] = response.SurveyVersion,
        ["SubmittedAt"] = response.SubmittedAt,
        ["UnitId"] = response.UnitId,
        ["Channel"] = response.Channel,
        ["Language"] = response.Language,
        ["Answers"] = JsonSerializer.Serialize(response.Answers),
        ["Category"] = response.Category,
        ["Verified"] = response.Verified,
        ["Source"] = response.Source,
        ["ClientKey"] = response.ClientKey,
        ["Review"] = response.Review,
    };

    private static SurveyResponse ToResponse(TableEntity entity) => new(
        entity.RowKey,
        entity.GetString("SurveyId"),
        entity.GetInt32("SurveyVersion") ?? 1,
        entity.GetDateTimeOffset("SubmittedAt") ?? throw new RequestFailedException($"Response {entity.RowKey} has no submission time."),
        entity.GetString("UnitId"),
        entity.GetString("Channel"),
        entity.GetString("Language"),
        JsonSerializer.Deserialize<Dictionary<string, string>>(entity.GetString("Answers") ?? "{}") ?? [],
        entity.GetString("Category"),
        entity.GetBoolean("Verified") ?? false,
        entity.GetString("Source"),
        entity.GetString("ClientKey"),
        entity.GetString("Review") is { Length: > 0 } review ? review : null);
}
