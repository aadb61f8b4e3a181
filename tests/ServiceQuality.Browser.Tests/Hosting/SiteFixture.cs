using Azure.Data.Tables;
using Microsoft.Playwright;
using ServiceQuality.DevHosting;
using Xunit;

namespace ServiceQuality.Browser.Tests.Hosting;

/// <summary>One Azurite and one local host per test collection, and the run's shared Chromium to look at them with.</summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public AzuriteProcess Azurite { get; private set; } = null!;

    public LocalHostInstance Host { get; private set; } = null!;

    private SiteData? _data;

    public IBrowser Browser { get; private set; } = null!;

    public TableServiceClient Tables => new(Azurite.ConnectionString);

    public string Url(string pathAndQuery) => new Uri(Host.Address, pathAndQuery).ToString();

    public async Task InitializeAsync()
    {
        Browser = await SharedBrowser.GetAsync();
        Azurite = await AzuriteProcess.StartAsync();
        Host = await LocalHostInstance.StartAsync(Azurite.ConnectionString);
    }

    /// <summary>
    /// A fresh browser context (no cookies, no history) of the given screen size; dispose it after the test.
    /// <paramref name="injectsScripts"/> lets a test add its own script (axe-core) past the pages' Content-Security-Policy;
    /// the journeys keep the policy, so the pages' own scripts are tested under it.
    /// </summary>
    public Task<IBrowserContext> NewContextAsync(Viewport viewport, bool injectsScripts = false) => Browser.NewContextAsync(new BrowserNewContextOptions
    {
        BypassCSP = injectsScripts,
        ViewportSize = new ViewportSize { Width = viewport.Width, Height = viewport.Height },
        Locale = "zh-TW",
        TimezoneId = "Asia/Taipei",
    });

    public SiteData Data => _data ??= new SiteData(Host);

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class JourneyCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "journeys through the pages";
}

[CollectionDefinition(Name)]
public sealed class AccessibilityCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "accessibility of every page";
}
