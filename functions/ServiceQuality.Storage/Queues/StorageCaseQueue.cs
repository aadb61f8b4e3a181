using System.Text.Json;
using Azure.Storage.Queues;
using ServiceQuality.Domain.Cases;

namespace ServiceQuality.Storage.Queues;

public sealed class StorageCaseQueue(QueueServiceClient service) : ICaseQueue
{
    private readonly QueueClient _queue = service.GetQueueClient(QueueNames.CasesToClassify);

    public Task EnqueueAsync(CaseToClassify message, CancellationToken cancellationToken) =>
        _queue.SendMessageAsync(JsonSerializer.Serialize(message, QueueJson.Options), cancellationToken);
}
