using System.Net.Sockets;
using Azure;

namespace ServiceQuality.Handlers.Security;

/// <summary>
/// Recognises an exception that means "storage cannot be reached right now" rather than a bug: the storage
/// SDK's failures without an answer or with a 5xx answer, connection failures and timeouts, wherever they
/// sit in the chain (the SDK wraps its retries' failures in an AggregateException).
/// </summary>
public static class StorageFaults
{
    public static bool IsUnavailable(Exception exception, CancellationToken requestAborted) =>
        Flatten(exception).Any(e => e switch
        {
            RequestFailedException failed => failed.Status == 0 || failed.Status >= 500,
            HttpRequestException or SocketException or TimeoutException or IOException => true,
            // A timeout inside the SDK surfaces as a cancellation the caller did not ask for.
            OperationCanceledException => !requestAborted.IsCancellationRequested,
            _ => false,
        });

    private static IEnumerable<Exception> Flatten(Exception exception)
    {
        var pending = new Stack<Exception>([exception]);
        while (pending.TryPop(out var current))
        {
            yield return current;
            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                {
                    pending.Push(inner);
                }
            }
            else if (current.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }
    }
}
