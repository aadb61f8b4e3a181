using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Queues;
using ServiceQuality.Domain.Comments;
using ServiceQuality.DevHosting;
using Xunit;

namespace ServiceQuality.Integration.Tests.Hosting;

/// <summary>The local host's queue trigger behaves as host.json tells the Functions host to.</summary>
public sealed class QueueListenerTests : IAsyncLifetime
{
    private AzuriteProcess _azurite = null!;
    private LocalHostInstance _host = null!;

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteProcess.StartAsync();
        _host = await LocalHostInstance.StartAsync(_azurite.ConnectionString, editHostJson: hostJson =>
        {
            var queues = hostJson["extensions"]!["queues"]!;
            queues["maxDequeueCount"] = 3;
            queues["visibilityTimeout"] = "00:00:00";
            queues["maxPollingInterval"] = "00:00:00.200";
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    [Fact]
    public async Task A_message_that_fails_max_dequeue_count_times_moves_to_the_poison_queue_unchanged()
    {
        var queues = new QueueServiceClient(_azurite.ConnectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        // Names a response that does not exist, so the handler fails on every attempt.
        var message = JsonSerializer.Serialize(new CommentToClassify("counter", "2026-11", "missing-response", "comment"), new JsonSerializerOptions(JsonSerializerDefaults.Web));

        await queues.GetQueueClient("comments-to-classify").SendMessageAsync(message);

        var poisoned = await Eventually.GetAsync(async () =>
        {
            var peeked = (await queues.GetQueueClient("comments-to-classify-poison").PeekMessagesAsync()).Value;
            return peeked.Length > 0 ? peeked[0] : null;
        });
        Assert.Equal(message, poisoned.MessageText);
        Assert.Empty((await queues.GetQueueClient("comments-to-classify").PeekMessagesAsync()).Value);
    }

    [Fact]
    public async Task Staff_list_poison_messages_and_replay_them_onto_their_queue()
    {
        var queues = new QueueServiceClient(_azurite.ConnectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        await queues.GetQueueClient("cases-to-classify-poison").SendMessageAsync("{\"caseNumber\":\"2026-999999\"}");
        using var staff = _host.CreateStaffClient(TestStaff.Admin);

        var listed = await staff.GetFromJsonAsync<JsonElement>("/api/poison");
        var replay = await staff.PostAsync("/api/poison/cases-to-classify/replay", System.Net.Http.Json.JsonContent.Create(new { }));
        var unknown = await staff.PostAsync("/api/poison/no-such-queue/replay", System.Net.Http.Json.JsonContent.Create(new { }));

        Assert.Contains(listed.EnumerateArray(), m => m.GetProperty("queue").GetString() == "cases-to-classify"
            && m.GetProperty("text").GetString()!.Contains("2026-999999", StringComparison.Ordinal));
        Assert.Equal(1, (await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("replayed").GetInt32());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_message_that_is_not_json_is_poisoned_rather_than_lost()
    {
        var queues = new QueueServiceClient(_azurite.ConnectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });

        await queues.GetQueueClient("comments-to-classify").SendMessageAsync("this is not a comment message");

        var poisoned = await Eventually.GetAsync(async () =>
        {
            var peeked = (await queues.GetQueueClient("comments-to-classify-poison").PeekMessagesAsync()).Value;
            return peeked.Length > 0 ? peeked[0] : null;
        });
        Assert.Equal("this is not a comment message", poisoned.MessageText);
    }
}
