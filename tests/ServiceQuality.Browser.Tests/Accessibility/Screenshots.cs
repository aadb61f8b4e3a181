using Microsoft.Playwright;

namespace ServiceQuality.Browser.Tests.Accessibility;

/// <summary>Full-page pictures kept as test artifacts under the test output's artifacts/screenshots folder.</summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");

    public static async Task<string> SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    /// <summary>One part of a page, for a close look at what a long full-page picture shrinks.</summary>
    public static async Task<string> SaveAsync(ILocator part, string name)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        await part.ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
        return path;
    }
}
