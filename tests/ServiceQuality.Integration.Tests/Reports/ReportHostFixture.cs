using Azure.Data.Tables;
using ServiceQuality.Domain.Time;
using ServiceQuality.DevHosting;
using Xunit;

namespace ServiceQuality.Integration.Tests.Reports;

/// <summary>
/// An Azurite and a local host of their own: responses and cases are stamped with the current month, so the report's
/// figures can be computed by hand only where no other test writes to the same month.
/// </summary>
public sealed class ReportHostFixture : IAsyncLifetime
{
    public AzuriteProcess Azurite { get; private set; } = null!;

    public LocalHostInstance Host { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>Signed in as a manager, who reads the figures and recomputes them.</summary>
    public HttpClient Staff { get; private set; } = null!;

    /// <summary>Signed in as triage, who answers the seeded case.</summary>
    public HttpClient Triage { get; private set; } = null!;

    /// <summary>Signed in as an etiquette tester.</summary>
    public HttpClient Tester { get; private set; } = null!;

    /// <summary>The counter system, with the function key.</summary>
    public HttpClient Machine { get; private set; } = null!;

    public TableServiceClient Tables => new(Azurite.ConnectionString);

    /// <summary>The month the seeded responses, cases and tests fall in; seeded once, by the first test that asks.</summary>
    public Task<MonthKey> SeededMonth => _seeded.Value;

    private Lazy<Task<MonthKey>> _seeded = null!;

    public async Task InitializeAsync()
    {
        Azurite = await AzuriteProcess.StartAsync();
        // The seed's ten form visitors share the loopback address, as visitors behind one NAT do.
        Host = await LocalHostInstance.StartAsync(Azurite.ConnectionString, new Dictionary<string, string?> { ["OpenResponses:ViewsPerAddressPerDay"] = "50" });
        Client = Host.CreateClient();
        Staff = await Host.CreateStaffClientAsync(TestStaff.Manager);
        Triage = await Host.CreateStaffClientAsync(TestStaff.Triage);
        Tester = await Host.CreateStaffClientAsync(TestStaff.EtiquetteTester);
        Machine = Host.CreateMachineClient();
        _seeded = new Lazy<Task<MonthKey>>(() => ReportSeed.RunAsync(this));
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        Staff.Dispose();
        Triage.Dispose();
        Tester.Dispose();
        Machine.Dispose();
        await Host.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ReportHostCollection : ICollectionFixture<ReportHostFixture>
{
    public const string Name = "report host on its own Azurite";
}
