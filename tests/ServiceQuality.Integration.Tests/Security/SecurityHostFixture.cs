using Azure.Data.Tables;
using ServiceQuality.Storage;
using ServiceQuality.DevHosting;
using Xunit;

namespace ServiceQuality.Integration.Tests.Security;

/// <summary>
/// One Azurite with two hosts: one with limits high enough for fuzzing, one with a tiny per-client limit
/// that trusts X-Forwarded-For, so each test can act as many clients.
/// </summary>
public sealed class SecurityHostFixture : IAsyncLifetime
{
    public AzuriteProcess Azurite { get; private set; } = null!;

    public LocalHostInstance Open { get; private set; } = null!;

    public LocalHostInstance Limited { get; private set; } = null!;

    public const int LimitedBurst = 3;

    public TableServiceClient Tables => new(Azurite.ConnectionString);

    public async Task InitializeAsync()
    {
        Azurite = await AzuriteProcess.StartAsync();
        Open = await LocalHostInstance.StartAsync(Azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["RateLimits:BurstLimit"] = "1000000",
            ["RateLimits:RequestsPerSecond"] = "1000000",
            // The fuzzer reaches every staff endpoint as one principal holding every role, as only Easy Auth can deliver.
            ["WEBSITE_AUTH_ENABLED"] = "true",
        });
        Limited = await LocalHostInstance.StartAsync(Azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["RateLimits:BurstLimit"] = LimitedBurst.ToString(),
            ["RateLimits:RequestsPerSecond"] = "1",
            ["RateLimits:TrustForwardedFor"] = "true",
        });
    }

    /// <summary>Rows in every table that a request could write to; the audit trail records staff reads by design.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountRowsAsync()
    {
        var counts = new Dictionary<string, int>();
        foreach (var table in TableNames.All.Where(t => t != TableNames.AuditTrail))
        {
            var n = 0;
            await foreach (var _ in Tables.GetTableClient(table).QueryAsync<TableEntity>(select: ["PartitionKey"]))
            {
                n++;
            }
            counts[table] = n;
        }
        return counts;
    }

    /// <summary>
    /// The row counts once queue handlers have finished the work of earlier requests (classification, e-mail),
    /// so a later count differs only by what the request under test stored.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, int>> CountSettledRowsAsync()
    {
        var previous = await CountRowsAsync();
        for (var attempt = 0; attempt < 60; attempt++)
        {
            await Task.Delay(500);
            var current = await CountRowsAsync();
            if (current.SequenceEqual(previous))
            {
                return current;
            }
            previous = current;
        }
        throw new TimeoutException("The stored rows kept changing.");
    }

    public async Task DisposeAsync()
    {
        await Open.DisposeAsync();
        await Limited.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SecurityHostCollection : ICollectionFixture<SecurityHostFixture>
{
    public const string Name = "security hosts on Azurite";
}
