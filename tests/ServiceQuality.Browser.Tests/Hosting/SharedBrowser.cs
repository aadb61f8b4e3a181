using Microsoft.Playwright;

namespace ServiceQuality.Browser.Tests.Hosting;

/// <summary>
/// One Chromium for the whole test run: Debian's /usr/bin/chromium driven through Playwright, never a downloaded
/// browser. Each launch gets a fresh temporary profile; every test opens its own browser context on it.
/// </summary>
public static class SharedBrowser
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private static readonly Lazy<Task<(IPlaywright Playwright, IBrowser Browser)>> Instance = new(LaunchAsync);

    public static async Task<IBrowser> GetAsync() => (await Instance.Value).Browser;

    private static async Task<(IPlaywright, IBrowser)> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ChromiumPath}: apt-get install chromium fonts-noto-cjk");
        }
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Args = Arguments,
            Headless = true,
        });
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            browser.CloseAsync().GetAwaiter().GetResult();
            playwright.Dispose();
        };
        return (playwright, browser);
    }
}
