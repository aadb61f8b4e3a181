using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ServiceQuality.Browser.Tests.Accessibility;
using ServiceQuality.Browser.Tests.Hosting;
using ServiceQuality.DevHosting;
using Xunit;

namespace ServiceQuality.Browser.Tests.Journeys;

/// <summary>The report as a manager reads it on a phone, recomputes it, and prints it.</summary>
[Collection(JourneyCollection.Name)]
public sealed partial class ReportForManagersTests(SiteFixture site)
{
    [Theory]
    [InlineData("zh-TW", "month")]
    [InlineData("en", "month")]
    [InlineData("zh-TW", "year")]
    [InlineData("en", "year")]
    public async Task On_a_phone_nothing_scrolls_sideways_and_every_chart_label_is_whole_and_readable(string language, string period)
    {
        await site.Data.SatisfactionAsync();
        await site.Data.ResponseRatesAsync();
        await using var context = await site.NewContextAsync(Viewport.Phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url($"{ReportPath(period)}?lang={language}"));
        await Screenshots.SaveAsync(page, $"report-{period}-legibility.{language}.phone");

        var overflow = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(overflow[0] <= overflow[1], $"The page is {overflow[0]} px wide on a {overflow[1]} px screen.");
        var scrolling = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('.table-scroll')].filter(t => t.scrollWidth > t.clientWidth + 1).map(t => t.getAttribute('aria-label'))");
        Assert.True(scrolling.Length == 0, "Tables scroll sideways: " + string.Join("; ", scrolling));
        var labels = page.Locator(".bar-chart .bar-label");
        Assert.True(await labels.CountAsync() > 0, "The report shows no bar chart.");
        var cut = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('.bar-chart .bar-label')].filter(l => l.offsetParent !== null && (l.scrollWidth > l.clientWidth + 1 || parseFloat(getComputedStyle(l).fontSize) < 16)).map(l => l.textContent)");
        Assert.True(cut.Length == 0, "Labels cut off or too small: " + string.Join("; ", cut));
        var name = $"report-{period}.{language}.phone";
        await Screenshots.SaveAsync(page.Locator(".report-summary"), $"{name}.summary");
        await Screenshots.SaveAsync(page.Locator("section[aria-labelledby=survey-counter] .narrow-chart .bar-chart"), $"{name}.trend");
        await Screenshots.SaveAsync(page.Locator("#survey-counter-units"), $"{name}.units");
        await Screenshots.SaveAsync(page.Locator("section[aria-labelledby=survey-counter] .table-scroll").Nth(1), $"{name}.questions");
    }

    [Fact]
    public async Task A_manager_recomputes_the_month_and_comes_back_to_the_report_with_a_new_as_of_time()
    {
        await site.Data.SatisfactionAsync();
        await using var context = await site.NewContextAsync(Viewport.Desktop);
        var page = await context.NewPageAsync();
        await SitePages.SignInAsync(page, site, TestStaff.Manager);
        await page.GotoAsync(site.Url($"{ReportPath("month")}?lang=en"));
        var before = await page.Locator(".report-as-of time").GetAttributeAsync("datetime");
        await Task.Delay(1100);

        // The form posts, and the 303 brings the browser back to the same address: wait for that page, not the old one.
        await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Recompute now" }).ClickAsync(),
            response => response.Request.Method == "GET" && response.Url.Contains("/reports/", StringComparison.Ordinal));
        await page.WaitForLoadStateAsync(LoadState.Load);

        Assert.EndsWith($"{ReportPath("month")}?lang=en", page.Url);
        var after = await page.Locator(".report-as-of time").GetAttributeAsync("datetime");
        Assert.True(string.CompareOrdinal(after, before) > 0, $"{after} is not after {before}");
    }

    [Fact]
    public async Task The_printed_year_takes_a_few_a4_pages_without_navigation_buttons_or_empty_table_notes()
    {
        await site.Data.SatisfactionAsync();
        await site.Data.ResponseRatesAsync();
        await using var context = await site.NewContextAsync(Viewport.Desktop);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url($"{ReportPath("year")}?lang=zh-TW"));
        var notes = await page.Locator(".no-figures").CountAsync();

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true });
        var hidden = await page.EvaluateAsync<bool>(
            "() => ['.report-nav', '.recompute', '.no-figures', '.site-header', '.open-data'].every(s => [...document.querySelectorAll(s)].every(e => getComputedStyle(e).display === 'none'))");

        var pages = PdfPage().Matches(System.Text.Encoding.Latin1.GetString(pdf)).Count;
        File.WriteAllBytes(Path.Combine(Screenshots.Folder, "report-year.zh-TW.pdf"), pdf);
        Assert.True(notes > 0, "The year has no empty table to drop.");
        Assert.True(hidden, "Navigation, the recompute button or empty-table notes are printed.");
        Assert.InRange(pages, 1, 12);
        Assert.True(await page.Locator(".report-summary table").IsVisibleAsync());
    }

    private static string ReportPath(string period) =>
        period == "year" ? $"/reports/{SitePages.ReportYear}" : $"/reports/{SitePages.ReportYear}/{SitePages.ReportMonth}";

    [GeneratedRegex(@"/Type\s*/Page(?!s)")]
    private static partial Regex PdfPage();
}
