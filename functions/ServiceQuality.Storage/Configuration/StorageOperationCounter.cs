using Azure.Core;
using Azure.Core.Pipeline;

namespace ServiceQuality.Storage.Configuration;

/// <summary>
/// Counts the requests every storage client sends, retries included: what a request to the app costs in storage
/// operations, which the benchmark prints. An interlocked increment per request; nothing is kept per request.
/// </summary>
public sealed class StorageOperationCounter : HttpPipelineSynchronousPolicy
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref _count);
}
