using Azure.Storage.Blobs;
using ServiceQuality.DevHosting;

namespace ServiceQuality.ModelRegistry.Tests.Support;

/// <summary>One private Azurite for the storage tests; each test uses model names of its own.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public AzuriteProcess Azurite { get; private set; } = null!;

    public string ConnectionString => Azurite.ConnectionString;

    public BlobServiceClient Blobs => new(ConnectionString);

    public async Task InitializeAsync() => Azurite = await AzuriteProcess.StartAsync();

    public async Task DisposeAsync() => await Azurite.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "models on Azurite";
}
