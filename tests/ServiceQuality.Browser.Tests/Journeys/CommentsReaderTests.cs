using Microsoft.Playwright;
using ServiceQuality.Browser.Tests.Accessibility;
using ServiceQuality.Browser.Tests.Hosting;
using ServiceQuality.DevHosting;
using Xunit;

namespace ServiceQuality.Browser.Tests.Journeys;

[Collection(JourneyCollection.Name)]
public sealed class CommentsReaderTests(SiteFixture site)
{
    [Fact]
    public async Task A_manager_filters_the_comments_by_score_with_the_form_and_reads_them_masked()
    {
        await site.Data.SatisfactionAsync();
        await using var context = await site.NewContextAsync(Viewport.Phone);
        var page = await context.NewPageAsync();
        await SitePages.SignInAsync(page, site, TestStaff.Manager);
        await page.GotoAsync(site.Url("/staff/comments?lang=en"));

        await page.GetByLabel("Survey").SelectOptionAsync("counter");
        await page.GetByLabel("Overall score").SelectOptionAsync("2");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Show comments" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("score=2", StringComparison.Ordinal));

        Assert.Contains("score=2", page.Url);
        Assert.Contains("lang=en", page.Url);
        var comment = page.Locator("li.comment").First;
        Assert.Contains("[phone]", await comment.Locator("blockquote").TextContentAsync());
        Assert.DoesNotContain("0912-345-678", await page.ContentAsync());
        Assert.Equal("2", await page.GetByLabel("Overall score").InputValueAsync());
        await Screenshots.SaveAsync(page, "comments-filtered.en.phone");
    }
}
