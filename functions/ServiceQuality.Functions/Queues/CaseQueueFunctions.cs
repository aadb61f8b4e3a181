using Microsoft.Azure.Functions.Worker;
using ServiceQuality.Domain.Cases;
using ServiceQuality.Handlers.Queues;
using ServiceQuality.Storage;

namespace ServiceQuality.Functions.Queues;

public sealed class CaseQueueFunctions(CaseClassificationHandler handler)
{
    [Function("ClassifyCase")]
    public Task Run([QueueTrigger(QueueNames.CasesToClassify, Connection = "AzureWebJobsStorage")] CaseToClassify message, CancellationToken cancellationToken) => handler.HandleAsync(message, cancellationToken);
}
