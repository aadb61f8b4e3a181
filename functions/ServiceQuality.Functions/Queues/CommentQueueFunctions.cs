using Microsoft.Azure.Functions.Worker;
using ServiceQuality.Domain.Comments;
using ServiceQuality.Handlers.Queues;
using ServiceQuality.Storage;

namespace ServiceQuality.Functions.Queues;

public sealed class CommentQueueFunctions(CommentIntakeHandler handler)
{
    [Function("ClassifyComment")]
    public Task Run([QueueTrigger(QueueNames.CommentsToClassify, Connection = "AzureWebJobsStorage")] CommentToClassify message, CancellationToken cancellationToken) => handler.HandleAsync(message, cancellationToken);
}
