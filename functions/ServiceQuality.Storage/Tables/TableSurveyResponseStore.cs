using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ServiceQuality.Domain.Idempotency;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Storage.Tables;

/// <summary>
/// Responses in table SurveyResponses, one partition per survey and Taipei month. The claim of an idempotency key
/// lives in the same partition as its response (row key "~claim~" and the key, after every response id, as "~" sorts after letters and digits),
/// so that one entity-group transaction stores both: one storage request per new response.
/// </summary>
public sealed class TableSurveyResponseStore(TableServiceClient service) : ISurveyResponseStore
{
    private const string ClaimPrefix = "~claim~";
    private const int MaxBatch = 100;
    private readonly TableClient _table = service.GetTableClient(TableNames.SurveyResponses);

    public async Task SaveAsync(SurveyResponse response, CancellationToken cancellationToken) =>
        // Upsert: a repeated save of the same response (a retry) replaces it with identical content.
        await _table.UpsertEntityAsync(ToEntity(response), TableUpdateMode.Replace, cancellationToken);

    public async Task<IdempotencyEntry?> AddAsync(SurveyResponse response, IdempotencyEntry? claim, CancellationToken cancellationToken)
    {
        if (claim is null)
        {
            await _table.AddEntityAsync(ToEntity(response), cancellationToken);
            return null;
        }
        var partition = TableKeys.SurveyMonth(response.SurveyId, response.Month);
        var claimEntity = new TableEntity(partition, ClaimPrefix + claim.Key)
        {
            ["Scope"] = claim.Scope,
            ["ResourceId"] = claim.ResourceId,
            ["Fingerprint"] = claim.Fingerprint,
            ["CreatedAt"] = claim.CreatedAt,
        };
        try
        {
            // Insert, not upsert: the table's uniqueness of the claim row decides which of two requests stored the response.
            await _table.SubmitTransactionAsync([new TableTransactionAction(TableTransactionActionType.Add, claimEntity),
                new TableTransactionAction(TableTransactionActionType.Add, ToEntity(response))], cancellationToken);
            return null;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return await FindClaimAsync(response.SurveyId, response.Month, claim.Key, cancellationToken)
                ?? throw new InvalidOperationException($"Idempotency key {claim.Key} conflicted but is not stored.");
        }
    }

    public async Task<IdempotencyEntry?> FindClaimAsync(string surveyId, MonthKey month, string key, CancellationToken cancellationToken)
    {
        var found = await _table.GetEntityIfExistsAsync<TableEntity>(TableKeys.SurveyMonth(surveyId, month), ClaimPrefix + key, cancellationToken: cancellationToken);
        return found.HasValue
            ? new IdempotencyEntry(found.Value!.GetString("Scope"), key, found.Value.GetString("ResourceId"), found.Value.GetString("Fingerprint"),
                found.Value.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue)
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
        // The claims sort after every response id, so the range leaves them out on the server.
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
