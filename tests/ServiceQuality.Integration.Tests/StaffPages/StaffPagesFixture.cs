using Azure.Storage.Queues;
using ServiceQuality.DevHosting;
using ServiceQuality.Integration.Tests.StaffCases;
using Xunit;

namespace ServiceQuality.Integration.Tests.StaffPages;

/// <summary>
/// A host on its own storage for the staff home, etiquette, seller lead and operations pages, so that the counts
/// they show come only from what these tests store. The tests of one collection run one after another.
/// </summary>
public sealed class StaffPagesFixture : IAsyncLifetime
{
    public AzuriteProcess Azurite { get; private set; } = null!;

    public LocalHostInstance Host { get; private set; } = null!;

    public CaseSeed Cases { get; private set; } = null!;

    public StaffPagesSeed Seed { get; private set; } = null!;

    public QueueServiceClient Queues => new(Azurite.ConnectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });

    public async Task InitializeAsync()
    {
        Azurite = await AzuriteProcess.StartAsync();
        Host = await LocalHostInstance.StartAsync(Azurite.ConnectionString);
        Cases = new CaseSeed(Host.Services);
        Seed = new StaffPagesSeed(Host.Services);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class StaffPagesCollection : ICollectionFixture<StaffPagesFixture>
{
    public const string Name = "staff home, etiquette, leads and operations pages on their own storage";
}
