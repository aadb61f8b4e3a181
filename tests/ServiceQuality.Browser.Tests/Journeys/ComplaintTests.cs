using Microsoft.Playwright;
using System.Text.RegularExpressions;
using ServiceQuality.Browser.Tests.Hosting;
using Xunit;

namespace ServiceQuality.Browser.Tests.Journeys;

[Collection(JourneyCollection.Name)]
public sealed partial class ComplaintTests(SiteFixture site)
{
    [Fact]
    public async Task Filing_a_complaint_through_the_form_shows_its_status_page_with_the_case_number()
    {
        await using var context = await site.NewContextAsync(Viewport.Phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("/complaints"));

        await page.GetByLabel("主旨").FillAsync("計程車計費表跳錶過快");
        await page.GetByLabel("陳情內容").FillAsync("昨晚搭乘車號 ABC-1234 的計程車，計費表跳錶明顯比平常快，請協助檢查。");
        await page.GetByLabel("電子郵件").FillAsync("citizen@example.com");
        await page.Locator("form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/complaints/status?**", new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 60_000 });

        Assert.Equal("案件處理進度", await page.Locator("h1").TextContentAsync());
        var number = await page.Locator(".case-number").TextContentAsync();
        Assert.Matches(CaseNumber(), number);
        Assert.Contains($"case={number}", page.Url);
        Assert.Contains("&token=", page.Url);

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        Assert.Equal("Case status", await page.Locator("h1").TextContentAsync());
        Assert.Equal(number, await page.Locator(".case-number").TextContentAsync());
    }

    [GeneratedRegex(@"^\d{4}-\d{6}$")]
    private static partial Regex CaseNumber();
}
