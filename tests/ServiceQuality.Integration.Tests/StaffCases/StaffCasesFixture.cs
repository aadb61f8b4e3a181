using ServiceQuality.DevHosting;
using Xunit;

namespace ServiceQuality.Integration.Tests.StaffCases;

/// <summary>
/// A host on its own storage for the staff case pages, so the inbox holds only the cases these tests store; pages
/// hold <see cref="PageSize"/> cases so that paging is tested with a handful.
/// </summary>
public sealed class StaffCasesFixture : IAsyncLifetime
{
    public const int PageSize = 4;

    public AzuriteProcess Azurite { get; private set; } = null!;

    public LocalHostInstance Host { get; private set; } = null!;

    public CaseSeed Seed { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Azurite = await AzuriteProcess.StartAsync();
        Host = await LocalHostInstance.StartAsync(Azurite.ConnectionString, new Dictionary<string, string?> { ["CaseInbox:PageSize"] = PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Seed = new CaseSeed(Host.Services);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class StaffCasesCollection : ICollectionFixture<StaffCasesFixture>
{
    public const string Name = "staff case pages on their own storage";
}
