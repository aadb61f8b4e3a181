using Microsoft.Playwright;
using ServiceQuality.Browser.Tests.Hosting;
using Xunit;

namespace ServiceQuality.Browser.Tests.Journeys;

[Collection(JourneyCollection.Name)]
public sealed class LandingPageTests(SiteFixture site)
{
    [Fact]
    public async Task A_citizen_goes_from_the_english_front_page_to_a_survey_in_english()
    {
        await using var context = await site.NewContextAsync(Viewport.Phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("/?lang=en"));

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Counter service satisfaction survey" }).ClickAsync();

        Assert.Contains("/surveys/counter?lang=en", page.Url);
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
    }
}
