using ServiceQuality.DevHosting;
using Xunit;

namespace ServiceQuality.Integration.Tests.Integrity;

/// <summary>
/// Two local hosts, each on an Azurite of its own: <see cref="Host"/> lifts the open-response write budget, as an
/// attacker spread over many instances or addresses gets past it, so that the quarantine is what stands; <see
/// cref="BudgetHost"/> keeps the shipped budget (kiosks lowered to five a minute to reach the limit quickly), and its
/// responses stay out of the other host's months.
/// </summary>
public sealed class IntegrityHostFixture : IAsyncLifetime
{
    public AzuriteProcess Azurite { get; private set; } = null!;

    public LocalHostInstance Host { get; private set; } = null!;

    public AzuriteProcess BudgetAzurite { get; private set; } = null!;

    public LocalHostInstance BudgetHost { get; private set; } = null!;

    /// <summary>Signed in as a manager: quarantine, publication, rollups, response rates, the audit trail.</summary>
    public HttpClient Staff { get; private set; } = null!;

    /// <summary>The counter system, minting survey tokens with the function key.</summary>
    public HttpClient Machine { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Azurite = await AzuriteProcess.StartAsync();
        // The page-read limit is lifted too: the attacker here is one client only in what it sends, not in where from.
        Host = await LocalHostInstance.StartAsync(Azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["RateLimits:RequestsPerSecond"] = "1000000",
            ["RateLimits:BurstLimit"] = "1000000",
            ["OpenResponses:ViewsPerAddressPerDay"] = "5",
        });
        await Host.WarmUpModelsAsync();
        BudgetAzurite = await AzuriteProcess.StartAsync();
        BudgetHost = await LocalHostInstance.StartAsync(BudgetAzurite.ConnectionString, new Dictionary<string, string?>
        {
            ["OpenResponses:PerMinute"] = "3",
            ["OpenResponses:PerDay"] = "30",
            ["OpenResponses:KioskPerMinute"] = "5",
        });
        Staff = await Host.CreateStaffClientAsync(TestStaff.Manager);
        Machine = Host.CreateMachineClient();
    }

    public async Task DisposeAsync()
    {
        Staff.Dispose();
        Machine.Dispose();
        await BudgetHost.DisposeAsync();
        await BudgetAzurite.DisposeAsync();
        await Host.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class IntegrityHostCollection : ICollectionFixture<IntegrityHostFixture>
{
    public const string Name = "integrity hosts on their own Azurite";
}
