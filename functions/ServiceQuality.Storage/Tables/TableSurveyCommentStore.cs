using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using ServiceQuality.Domain.Comments;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Storage.Tables;

public sealed class TableSurveyCommentStore(TableServiceClient service) : ISurveyCommentStore
{
    private readonly TableClient _table = service.GetTableClient(TableNames.SurveyComments);

    public async Task UpsertAsync(SurveyComment comment, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(TableKeys.SurveyMonth(comment.SurveyId, comment.Month), TableKeys.Comment(comment.ResponseId, comment.QuestionId))
        {
            ["SurveyId"] = comment.SurveyId,
            ["Month"] = comment.Month,
            ["ResponseId"] = comment.ResponseId,
            ["QuestionId"] = comment.QuestionId,
            ["Text"] = comment.Text,
            ["OverallScore"] = comment.OverallScore,
            ["UnitId"] = comment.UnitId,
            ["Status"] = comment.Status,
            ["ReceivedAt"] = comment.ReceivedAt,
            ["Topic"] = comment.Topic,
            ["TopicConfidence"] = comment.TopicConfidence,
            ["Sentiment"] = comment.Sentiment,
            ["SentimentConfidence"] = comment.SentimentConfidence,
        };
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<SurveyComment?> FindAsync(string surveyId, string month, string responseId, string questionId, CancellationToken cancellationToken)
    {
        var found = await _table.GetEntityIfExistsAsync<TableEntity>(
            TableKeys.SurveyMonth(surveyId, month), TableKeys.Comment(responseId, questionId), cancellationToken: cancellationToken);
        return found.HasValue ? ToComment(found.Value!) : null;
    }

    public async IAsyncEnumerable<SurveyComment> ListMonthAsync(string surveyId, MonthKey month, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var partition = TableKeys.SurveyMonth(surveyId, month);
        await foreach (var entity in _table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            yield return ToComment(entity);
        }
    }

    private static SurveyComment ToComment(TableEntity e) => new(
        e.GetString("SurveyId"),
        e.GetString("Month"),
        e.GetString("ResponseId"),
        e.GetString("QuestionId"),
        e.GetString("Text"),
        e.GetInt32("OverallScore"),
        e.GetString("UnitId"),
        e.GetString("Status"),
        e.GetDateTimeOffset("ReceivedAt") ?? DateTimeOffset.MinValue,
        e.GetString("Topic"),
        (float?)e.GetDouble("TopicConfidence"),
        e.GetString("Sentiment"),
        (float?)e.GetDouble("SentimentConfidence"));
}
