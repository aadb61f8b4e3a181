using System.Text.Json;
using Azure.Storage.Queues;
using ServiceQuality.Domain.Comments;

namespace ServiceQuality.Storage.Queues;

public sealed class StorageCommentQueue(QueueServiceClient service) : ICommentQueue
{
    private readonly QueueClient _queue = service.GetQueueClient(QueueNames.CommentsToClassify);

    public Task EnqueueAsync(CommentToClassify message, CancellationToken cancellationToken) =>
        _queue.SendMessageAsync(JsonSerializer.Serialize(message, QueueJson.Options), cancellationToken);
}
