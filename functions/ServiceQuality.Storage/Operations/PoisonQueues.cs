using Azure.Storage.Queues;

namespace ServiceQuality.Storage.Operations;

/// <summary>Lets staff see the messages that failed and send them back once the cause is fixed.</summary>
public sealed class PoisonQueues(QueueServiceClient queues)
{
    /// <summary>Peeks at most 32 messages per queue: a view for people, not a drain.</summary>
    public async Task<IReadOnlyList<PoisonMessage>> ListAsync(CancellationToken cancellationToken)
    {
        var messages = new List<PoisonMessage>();
        foreach (var queue in QueueNames.All)
        {
            var poison = queues.GetQueueClient(QueueNames.Poison(queue));
            if (!await poison.ExistsAsync(cancellationToken))
            {
                continue;
            }
            foreach (var message in (await poison.PeekMessagesAsync(32, cancellationToken)).Value)
            {
                messages.Add(new PoisonMessage(queue, message.MessageId, message.InsertedOn, message.MessageText));
            }
        }
        return messages;
    }

    /// <summary>
    /// Moves every poison message of <paramref name="queue"/> back to it. Each is sent before it is deleted,
    /// so a failure in between leaves a duplicate (which the handlers tolerate), never a loss.
    /// </summary>
    public async Task<int> ReplayAsync(string queue, CancellationToken cancellationToken)
    {
        var source = queues.GetQueueClient(QueueNames.Poison(queue));
        var target = queues.GetQueueClient(queue);
        var moved = 0;
        while (true)
        {
            var batch = (await source.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(1), cancellationToken)).Value;
            if (batch.Length == 0)
            {
                return moved;
            }
            foreach (var message in batch)
            {
                await target.SendMessageAsync(message.MessageText, cancellationToken);
                await source.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
                moved++;
            }
        }
    }

    public static bool IsKnown(string queue) => QueueNames.All.Contains(queue);
}
