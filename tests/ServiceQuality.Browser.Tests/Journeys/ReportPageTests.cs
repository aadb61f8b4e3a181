using Microsoft.Playwright;
using ServiceQuality.Browser.Tests.Accessibility;
using ServiceQuality.Browser.Tests.Hosting;
using Xunit;

namespace ServiceQuality.Browser.Tests.Journeys;

[Collection(JourneyCollection.Name)]
public sealed class ReportPageTests(SiteFixture site)
{
    [Fact]
    public async Task The_yearly_report_page_draws_its_charts_as_titled_svg_images()
    {
        await site.Data.SatisfactionAsync();
        await using var context = await site.NewContextAsync(Viewport.Desktop);
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(site.Url($"/reports/{SitePages.ReportYear}?lang=en"));

        Assert.Equal(200, response!.Status);
        Assert.Contains($"Service quality report {SitePages.ReportYear}", await page.Locator("h1").TextContentAsync());
        var charts = page.Locator("svg.chart[role=img]");
        Assert.True(await charts.CountAsync() > 0, "The report page shows no chart.");
        foreach (var chart in await charts.AllAsync())
        {
            Assert.False(string.IsNullOrWhiteSpace(await chart.Locator("title").TextContentAsync()));
            Assert.True((await chart.BoundingBoxAsync())!.Width > 0);
        }
    }

    [Theory]
    [InlineData("zh-TW", "：各單位、管道填答率", "合計")]
    [InlineData("en", ": response rates by unit and channel", "Total")]
    public async Task Each_surveys_response_rates_are_a_captioned_table_with_the_total_first(string language, string caption, string total)
    {
        await site.Data.ResponseRatesAsync();
        await using var context = await site.NewContextAsync(Viewport.Phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url($"/reports/{SitePages.ReportYear}?lang={language}"));

        var table = page.Locator("section[aria-labelledby=survey-counter] table", new PageLocatorOptions { HasText = caption.TrimStart('：', ':', ' ') });

        Assert.Equal(1, await table.CountAsync());
        Assert.EndsWith(caption, await table.Locator("caption").TextContentAsync());
        Assert.Equal(total, await table.Locator("tbody tr").First.Locator("th[scope=row]").First.TextContentAsync());
        Assert.Equal(8, await table.Locator("thead th[scope=col]").CountAsync());
    }
}
