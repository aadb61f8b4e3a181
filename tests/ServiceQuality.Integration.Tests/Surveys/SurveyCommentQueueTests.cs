using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using ServiceQuality.Domain.Time;
using ServiceQuality.Integration.Tests.Builders;
using ServiceQuality.Integration.Tests.Hosting;
using Xunit;

namespace ServiceQuality.Integration.Tests.Surveys;

[Collection(LocalHostCollection.Name)]
public sealed class SurveyCommentQueueTests(LocalHostFixture fixture)
{
    [Fact]
    public async Task A_response_with_a_comment_is_queued_and_recorded_with_its_topic_and_sentiment()
    {
        var body = SurveyResponseBody.Counter().With("overall", 2).WithComment("等了四十分鐘才輪到我，希望增加櫃檯人力。");

        var response = await fixture.Client.PostAsync("/api/surveys/counter/responses", body.ToContent());

        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var partition = $"counter_{MonthKey.Of(DateTimeOffset.UtcNow)}";
        var comments = fixture.Tables.GetTableClient("SurveyComments");
        var comment = await Eventually.GetAsync(async () =>
        {
            var found = await comments.GetEntityIfExistsAsync<TableEntity>(partition, $"{id}_comment");
            return found.HasValue ? found.Value : null;
        }, TimeSpan.FromSeconds(90));
        Assert.Equal("classified", comment.GetString("Status"));
        Assert.Equal("waiting-time", comment.GetString("Topic"));
        Assert.Equal("negative", comment.GetString("Sentiment"));
        Assert.InRange(comment.GetDouble("SentimentConfidence")!.Value, 0.0, 1.0);
        Assert.Equal("等了四十分鐘才輪到我，希望增加櫃檯人力。", comment.GetString("Text"));
        Assert.Equal(2, comment.GetInt32("OverallScore"));
        Assert.Equal("metrology", comment.GetString("UnitId"));
    }

    [Fact]
    public async Task A_response_without_a_comment_puts_nothing_on_the_queue()
    {
        var queue = fixture.Queues.GetQueueClient("comments-to-classify");
        var poison = fixture.Queues.GetQueueClient("comments-to-classify-poison");

        var response = await fixture.Client.PostAsync("/api/surveys/counter/responses", SurveyResponseBody.Counter().ToContent());
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        await Task.Delay(500);
        var comments = fixture.Tables.GetTableClient("SurveyComments");
        var found = await comments.GetEntityIfExistsAsync<TableEntity>($"counter_{MonthKey.Of(DateTimeOffset.UtcNow)}", $"{id}_comment");
        Assert.False(found.HasValue);
        Assert.Empty((await poison.PeekMessagesAsync(32)).Value);
        Assert.DoesNotContain((await queue.PeekMessagesAsync(32)).Value, m => m.MessageText.Contains(id, StringComparison.Ordinal));
    }
}
