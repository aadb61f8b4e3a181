using Microsoft.Azure.Functions.Worker;
using ServiceQuality.Domain.Email;
using ServiceQuality.Handlers.Queues;
using ServiceQuality.Storage;

namespace ServiceQuality.Functions.Queues;

public sealed class EmailQueueFunctions(EmailDeliveryHandler handler)
{
    [Function("SendEmail")]
    public Task Run([QueueTrigger(QueueNames.EmailOutbox, Connection = "AzureWebJobsStorage")] EmailMessage message, CancellationToken cancellationToken) => handler.HandleAsync(message, cancellationToken);
}
