using Azure.Data.Tables;
using ServiceQuality.DevHosting;
using Xunit;

namespace ServiceQuality.Integration.Tests.Staff;

/// <summary>
/// One Azurite with three hosts: a development machine (the local host's default), a production one without
/// App Service Authentication, and a production one behind it (WEBSITE_AUTH_ENABLED, as App Service sets it).
/// </summary>
public sealed class StaffHostFixture : IAsyncLifetime
{
    public AzuriteProcess Azurite { get; private set; } = null!;

    public LocalHostInstance Development { get; private set; } = null!;

    public LocalHostInstance Production { get; private set; } = null!;

    public LocalHostInstance EasyAuth { get; private set; } = null!;

    public TableServiceClient Tables => new(Azurite.ConnectionString);

    public async Task InitializeAsync()
    {
        Azurite = await AzuriteProcess.StartAsync();
        Development = await LocalHostInstance.StartAsync(Azurite.ConnectionString);
        Production = await LocalHostInstance.StartAsync(Azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["AZURE_FUNCTIONS_ENVIRONMENT"] = "Production",
        });
        EasyAuth = await LocalHostInstance.StartAsync(Azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["AZURE_FUNCTIONS_ENVIRONMENT"] = "Production",
            ["WEBSITE_AUTH_ENABLED"] = "True",
        });
    }

    public async Task DisposeAsync()
    {
        await EasyAuth.DisposeAsync();
        await Production.DisposeAsync();
        await Development.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class StaffHostCollection : ICollectionFixture<StaffHostFixture>
{
    public const string Name = "staff identities on three hosts";
}
