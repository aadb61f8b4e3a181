using Microsoft.Extensions.Hosting;
using ServiceQuality.Storage;

namespace ServiceQuality.Handlers.Composition;

/// <summary>Creates tables and queues before the host serves requests or polls queues.</summary>
public sealed class StorageStartup(StorageInitializer initializer) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => initializer.EnsureCreatedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
