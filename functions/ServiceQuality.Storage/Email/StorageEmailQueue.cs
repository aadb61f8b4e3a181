using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Azure.Storage.Queues;
using ServiceQuality.Domain.Email;

namespace ServiceQuality.Storage.Email;

public sealed class StorageEmailQueue(QueueServiceClient service) : IEmailQueue
{
    // Chinese text written as itself, not as \uXXXX escapes: a long reply then stays well inside the 64 KB message limit.
    private static readonly JsonSerializerOptions Options = new(QueueJson.Options) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private readonly QueueClient _queue = service.GetQueueClient(QueueNames.EmailOutbox);

    public Task EnqueueAsync(EmailMessage message, CancellationToken cancellationToken) =>
        _queue.SendMessageAsync(JsonSerializer.Serialize(message, Options), cancellationToken);
}
