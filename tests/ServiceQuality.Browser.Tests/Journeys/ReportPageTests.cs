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
}
