using Microsoft.Playwright;
using ServiceQuality.Browser.Tests.Hosting;
using ServiceQuality.DevHosting;
using Xunit;

namespace ServiceQuality.Browser.Tests.Journeys;

[Collection(JourneyCollection.Name)]
public sealed class EtiquetteTestFormTests(SiteFixture site)
{
    private static readonly (string Item, string Score)[] Scores =
    [
        ("answered-promptly", "10"), ("greeting", "15"), ("courtesy", "20"), ("accuracy", "25"), ("transfer", "5"), ("closing", "10"),
    ];

    [Fact]
    public async Task Staff_see_the_total_while_typing_the_scores_and_the_confirmation_after_saving()
    {
        await using var context = await site.NewContextAsync(Viewport.Desktop);
        var page = await context.NewPageAsync();
        await Accessibility.SitePages.SignInAsync(page, site, TestStaff.EtiquetteTester);
        await page.GotoAsync(site.Url("/etiquette-tests/new?lang=en"));
        await page.Locator("#unit").SelectOptionAsync("certification");
        await page.GetByLabel("Staff member who answered").FillAsync("黃小姐");

        var running = 0;
        foreach (var (item, score) in Scores)
        {
            await page.Locator($"#score-{item}").FillAsync(score);
            running += int.Parse(score);
            Assert.StartsWith($"{running} of 100", await page.Locator("output#total").TextContentAsync());
        }
        var shown = await page.Locator("output#total").TextContentAsync();
        await page.Locator("form.etiquette-form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/etiquette-tests/*/*?**", new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 60_000 });

        Assert.StartsWith("85 of 100 — ", shown);
        Assert.Equal("Test recorded", await page.Locator("h1").TextContentAsync());
        Assert.Equal("85", await page.Locator("#total").TextContentAsync());
        Assert.EndsWith(await page.Locator("#grade").TextContentAsync() ?? "?", shown);
    }
}
