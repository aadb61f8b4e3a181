using Microsoft.Playwright;
using ServiceQuality.Browser.Tests.Hosting;
using Xunit;

namespace ServiceQuality.Browser.Tests.Journeys;

[Collection(JourneyCollection.Name)]
public sealed class StaffSignInTests(SiteFixture site)
{
    [Fact]
    public async Task A_staff_page_sends_the_browser_to_the_sign_in_and_back_and_the_header_names_who_is_signed_in()
    {
        await using var context = await site.NewContextAsync(Viewport.Phone);
        var page = await context.NewPageAsync();

        await page.GotoAsync(site.Url("/outbox?lang=en"));
        Assert.Contains("/staff/sign-in?returnUrl=", page.Url);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in as 李建宏" }).ClickAsync();
        await page.WaitForURLAsync("**/outbox?lang=en");

        Assert.Equal("E-mail outbox", await page.Locator("h1").TextContentAsync());
        var header = page.Locator("header");
        Assert.Contains("李建宏", await header.TextContentAsync());
        Assert.Contains("Administrator", await header.TextContentAsync());
        var links = await page.Locator("nav.staff-nav a").AllTextContentsAsync();
        Assert.Contains("Operations", links);
        Assert.DoesNotContain("Comments", links);

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync("**/staff/sign-in");
        await page.GotoAsync(site.Url("/outbox?lang=en"));
        Assert.Contains("/staff/sign-in?returnUrl=", page.Url);
    }
}
