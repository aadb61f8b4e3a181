using Azure.Data.Tables;
using Azure.Storage.Queues;
using ServiceQuality.DevHosting;
using Xunit;

namespace ServiceQuality.Integration.Tests.Hosting;

/// <summary>One Azurite and one local host for a collection of tests, as the README's run command starts them.</summary>
public sealed class LocalHostFixture : IAsyncLifetime
{
    public AzuriteProcess Azurite { get; private set; } = null!;

    public LocalHostInstance Host { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public TableServiceClient Tables => new(Azurite.ConnectionString);

    public QueueServiceClient Queues => new(Azurite.ConnectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });

    public async Task InitializeAsync()
    {
        Azurite = await AzuriteProcess.StartAsync();
        Host = await LocalHostInstance.StartAsync(Azurite.ConnectionString);
        Client = Host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class LocalHostCollection : ICollectionFixture<LocalHostFixture>
{
    public const string Name = "local host on Azurite";
}
