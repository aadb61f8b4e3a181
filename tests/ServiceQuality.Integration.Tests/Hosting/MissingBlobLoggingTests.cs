using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using Azure;
using Azure.Core.Diagnostics;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ServiceQuality.Integration.Tests.Hosting;

/// <summary>
/// Reading a blob that does not exist yet (a model with no current version on a fresh account) is expected:
/// the read still fails with 404 for the code to handle, but the Azure SDK no longer reports it as a warning.
/// </summary>
[Collection(LocalHostCollection.Name)]
public sealed class MissingBlobLoggingTests(LocalHostFixture fixture)
{
    [Fact]
    public async Task A_read_of_a_missing_blob_fails_with_404_and_logs_no_warning()
    {
        var events = new ConcurrentQueue<EventWrittenEventArgs>();
        using var listener = new AzureEventSourceListener((e, _) => events.Enqueue(e), EventLevel.Verbose);
        var container = "missing-" + Guid.NewGuid().ToString("N");
        var blobs = fixture.Host.Services.GetRequiredService<BlobServiceClient>();

        var missingContainer = await Assert.ThrowsAsync<RequestFailedException>(() =>
            blobs.GetBlobContainerClient(container).GetBlobClient("current.json").DownloadContentAsync());
        await blobs.GetBlobContainerClient(container).CreateAsync();
        var missingBlob = await Assert.ThrowsAsync<RequestFailedException>(() =>
            blobs.GetBlobContainerClient(container).GetBlobClient("current.json").DownloadContentAsync());

        Assert.Equal(404, missingContainer.Status);
        Assert.Equal(404, missingBlob.Status);
        var requests = events.Where(e => e.EventName == "Request" && e.Payload!.Any(p => p is string s && s.Contains(container, StringComparison.Ordinal)))
            .Select(e => (string)e.Payload![0]!)
            .ToHashSet();
        Assert.True(requests.Count >= 3, $"Expected the SDK's request events for {container}; saw {requests.Count}.");
        var warnings = events.Where(e => e.Level is EventLevel.Warning or EventLevel.Error or EventLevel.Critical
            && e.Payload is { Count: > 0 } payload && payload[0] is string id && requests.Contains(id)).ToList();
        Assert.Empty(warnings.Select(w => $"{w.EventName}: {string.Join(", ", w.Payload!)}"));
    }
}
