using Microsoft.Playwright;
using ServiceQuality.Browser.Tests.Hosting;
using Xunit;

namespace ServiceQuality.Browser.Tests.Journeys;

[Collection(JourneyCollection.Name)]
public sealed class LanguageSwitchTests(SiteFixture site)
{
    [Fact]
    public async Task The_language_link_switches_the_survey_from_chinese_to_english_and_back()
    {
        await using var context = await site.NewContextAsync(Viewport.Phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("/surveys/counter?channel=counter"));
        Assert.Equal("zh-TW", await page.Locator("html").GetAttributeAsync("lang"));

        await page.Locator("header nav a", new() { HasText = "English" }).ClickAsync();
        await page.WaitForURLAsync("**lang=en**", new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 60_000 });
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Submit", (await page.Locator("form button[type=submit]").TextContentAsync())?.Trim());
        Assert.Contains("channel=counter", page.Url);

        await page.Locator("header nav a", new() { HasText = "中文" }).ClickAsync();
        await page.WaitForURLAsync("**lang=zh-TW**", new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 60_000 });
        Assert.Equal("zh-TW", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("送出", (await page.Locator("form button[type=submit]").TextContentAsync())?.Trim());
    }
}
