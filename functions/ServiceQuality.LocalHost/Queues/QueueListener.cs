using System.Text.Json;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using ServiceQuality.LocalHost.Configuration;
using ServiceQuality.Storage;

namespace ServiceQuality.LocalHost.Queues;

/// <summary>
/// Polls one queue and runs its handler the way the Functions queue trigger does: batches of batchSize,
/// a new batch when in-flight work falls to newBatchThreshold, polling that backs off to maxPollingInterval,
/// a failed message retried after visibilityTimeout and moved to the poison queue on its maxDequeueCount-th failure.
/// </summary>
public sealed class QueueListener(
    QueueBinding binding,
    QueueServiceClient queues,
    QueuesOptions options,
    IServiceProvider services,
    ILogger<QueueListener> logger) : BackgroundService
{
    // Long enough for any handler here; the Functions host uses the same lease and renews it.
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan MinPollingInterval = TimeSpan.FromMilliseconds(100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var queue = queues.GetQueueClient(binding.QueueName);
        var poison = queues.GetQueueClient(QueueNames.Poison(binding.QueueName));
        var inFlight = new List<Task>();
        var delay = MinPollingInterval;
        var batchSize = Math.Clamp(options.BatchSize, 1, 32);

        while (!stoppingToken.IsCancellationRequested)
        {
            inFlight.RemoveAll(t => t.IsCompleted);
            if (inFlight.Count > options.EffectiveNewBatchThreshold)
            {
                await Task.WhenAny(inFlight);
                continue;
            }
            QueueMessage[] messages;
            try
            {
                messages = (await queue.ReceiveMessagesAsync(batchSize, Lease, stoppingToken)).Value;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Receiving from queue {Queue} failed; retrying in {Delay}.", binding.QueueName, delay);
                messages = [];
            }

            if (messages.Length == 0)
            {
                await Delay(delay, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, Math.Max(options.MaxPollingInterval.Ticks, MinPollingInterval.Ticks)));
                continue;
            }
            delay = MinPollingInterval;
            inFlight.AddRange(messages.Select(m => ProcessAsync(queue, poison, m, stoppingToken)));
        }
        await Task.WhenAll(inFlight);
    }

    private async Task ProcessAsync(QueueClient queue, QueueClient poison, QueueMessage message, CancellationToken stoppingToken)
    {
        try
        {
            if (message.DequeueCount > options.MaxDequeueCount)
            {
                await MoveToPoisonAsync(queue, poison, message, stoppingToken);
                return;
            }
            using (var scope = services.CreateScope())
            {
                await binding.Handle(scope.ServiceProvider, message.MessageText, stoppingToken);
            }
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, CancellationToken.None);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The message becomes visible again when its lease runs out, as after a host shutdown in Azure.
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "{Function} failed on message {MessageId} (attempt {Attempt} of {Max}).",
                binding.FunctionName, message.MessageId, message.DequeueCount, options.MaxDequeueCount);
            try
            {
                if (message.DequeueCount >= options.MaxDequeueCount)
                {
                    await MoveToPoisonAsync(queue, poison, message, CancellationToken.None);
                }
                else
                {
                    await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: options.VisibilityTimeout, cancellationToken: CancellationToken.None);
                }
            }
            catch (Exception releaseFailure)
            {
                // The lease still expires, so the message is retried later rather than lost.
                logger.LogWarning(releaseFailure, "Releasing message {MessageId} failed.", message.MessageId);
            }
        }
    }

    private async Task MoveToPoisonAsync(QueueClient queue, QueueClient poison, QueueMessage message, CancellationToken cancellationToken)
    {
        logger.LogWarning("Message {MessageId} reached MaxDequeueCount of {Max}; moving it to {Poison}.", message.MessageId, options.MaxDequeueCount, poison.Name);
        await poison.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await poison.SendMessageAsync(message.MessageText, cancellationToken);
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
    }

    private static async Task Delay(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Binds a message to its record the way the queue trigger binds JSON to a POCO.</summary>
    public static T Deserialize<T>(string text) =>
        JsonSerializer.Deserialize<T>(text, QueueJson.Options) ?? throw new JsonException($"The message is not a {typeof(T).Name}.");
}
