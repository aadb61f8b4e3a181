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
    // Renewed at half-time while a handler runs, so it only bounds how long a lost message stays hidden.
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MinPollingInterval = TimeSpan.FromMilliseconds(100);

    public QueueBinding Binding => binding;

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
        // The lease is short and renewed while the handler runs, as the Functions host does: a message whose
        // release failed (storage unreachable) reappears within one lease instead of staying hidden for long.
        var receipt = message.PopReceipt;
        using var renewing = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        async Task RenewAsync()
        {
            while (true)
            {
                await Task.Delay(Lease / 2, renewing.Token);
                receipt = (await queue.UpdateMessageAsync(message.MessageId, receipt, visibilityTimeout: Lease, cancellationToken: renewing.Token)).Value.PopReceipt;
            }
        }
        var renewal = RenewAsync();
        async Task StopRenewingAsync()
        {
            await renewing.CancelAsync();
            try
            {
                await renewal;
            }
            catch (Exception)
            {
                // Cancelled, or a renewal failed: either way the current receipt is the one to use.
            }
        }

        try
        {
            if (message.DequeueCount > options.MaxDequeueCount)
            {
                await StopRenewingAsync();
                await MoveToPoisonAsync(queue, poison, message.MessageId, receipt, message.MessageText, stoppingToken);
                return;
            }
            using (var scope = services.CreateScope())
            {
                await binding.Handle(scope.ServiceProvider, message.MessageText, stoppingToken);
            }
            await StopRenewingAsync();
            await queue.DeleteMessageAsync(message.MessageId, receipt, CancellationToken.None);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The message becomes visible again when its lease runs out, as after a host shutdown in Azure.
        }
        catch (Exception ex)
        {
            await StopRenewingAsync();
            logger.LogError(ex, "{Function} failed on message {MessageId} (attempt {Attempt} of {Max}).",
                binding.FunctionName, message.MessageId, message.DequeueCount, options.MaxDequeueCount);
            try
            {
                if (message.DequeueCount >= options.MaxDequeueCount)
                {
                    await MoveToPoisonAsync(queue, poison, message.MessageId, receipt, message.MessageText, CancellationToken.None);
                }
                else
                {
                    await queue.UpdateMessageAsync(message.MessageId, receipt, visibilityTimeout: options.VisibilityTimeout, cancellationToken: CancellationToken.None);
                }
            }
            catch (Exception releaseFailure)
            {
                // The lease still expires, so the message is retried later rather than lost.
                logger.LogWarning(releaseFailure, "Releasing message {MessageId} failed.", message.MessageId);
            }
        }
    }

    private async Task MoveToPoisonAsync(QueueClient queue, QueueClient poison, string messageId, string receipt, string text, CancellationToken cancellationToken)
    {
        logger.LogWarning("Message {MessageId} reached MaxDequeueCount of {Max}; moving it to {Poison}.", messageId, options.MaxDequeueCount, poison.Name);
        await poison.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await poison.SendMessageAsync(text, cancellationToken);
        await queue.DeleteMessageAsync(messageId, receipt, cancellationToken);
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
}
