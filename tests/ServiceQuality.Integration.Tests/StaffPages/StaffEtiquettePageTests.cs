using System.Net;
using ServiceQuality.DevHosting;
using ServiceQuality.Domain.Time;
using ServiceQuality.Integration.Tests.Builders;
using Xunit;

namespace ServiceQuality.Integration.Tests.StaffPages;

[Collection(StaffPagesCollection.Name)]
public sealed class StaffEtiquettePageTests(StaffPagesFixture fixture) : IAsyncLifetime
{
    // March of last year holds exactly these three tests: no other test of the collection dates one there.
    private static readonly int Year = TestYears.Last;
    // Fixed ids: each test of the class stores them again, which leaves one of each.
    public async Task InitializeAsync()
    {
        var march = new MonthKey(Year, 3).Start;
        await fixture.Seed.EtiquetteTestAsync("metrology", march.AddDays(2).AddHours(2), "陳小華", 90, "staffpages-1");
        await fixture.Seed.EtiquetteTestAsync("metrology", march.AddDays(9).AddHours(3), "李小龍", 80, "staffpages-2");
        await fixture.Seed.EtiquetteTestAsync("inspection-1", march.AddDays(15).AddHours(1), "吳小美", 70, "staffpages-3");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_tester_sees_the_months_tests_its_figures_by_unit_and_a_link_to_the_test_form()
    {
        using var tester = await StaffBrowser.SignInAsync(fixture.Host, TestStaff.EtiquetteTester);

        var (status, page) = await tester.GetAsync($"/staff/etiquette?year={Year}&month=3");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(page.QuerySelector("main a[href^='/etiquette-tests/new']"));
        var rows = page.QuerySelectorAll("#etiquette-tests ~ .table-scroll tbody tr");
        Assert.Equal(3, rows.Length);
        Assert.Contains("陳小華", rows[0].TextContent);
        Assert.StartsWith("/etiquette-tests/", rows[0].QuerySelector("a")!.GetAttribute("href"));
        var facts = page.QuerySelector("section[aria-labelledby=etiquette-figures] dl")!.TextContent;
        Assert.Contains("測試次數3", facts);
        Assert.Contains("平均分數80.0", facts);
        var metrology = page.QuerySelectorAll("section[aria-labelledby=etiquette-figures] tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "第三課（度量衡）");
        Assert.Equal(["2", "85.0"], metrology.QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.NotNull(page.QuerySelector("caption"));
        Assert.All(page.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
    }

    [Fact]
    public async Task Filtering_by_unit_lists_only_that_units_tests_and_a_year_lists_the_whole_year()
    {
        using var manager = await StaffBrowser.SignInAsync(fixture.Host, TestStaff.Manager);

        var (_, unit) = await manager.GetAsync($"/staff/etiquette?year={Year}&month=3&unit=inspection-1&lang=en");
        var (_, year) = await manager.GetAsync($"/staff/etiquette?year={Year}&month=&lang=en");

        var unitRows = unit.QuerySelectorAll("#etiquette-tests ~ .table-scroll tbody tr");
        Assert.Contains("吳小美", Assert.Single(unitRows).TextContent);
        Assert.Equal("inspection-1", unit.QuerySelector("#etiquette-unit option[selected]")!.GetAttribute("value"));
        Assert.Equal(3, year.QuerySelectorAll("#etiquette-tests ~ .table-scroll tbody tr").Length);
        Assert.Equal($"Figures for {Year}", year.QuerySelector("#etiquette-figures")!.TextContent);
        // A manager reads the figures but does not record tests.
        Assert.Null(year.QuerySelector("main a[href^='/etiquette-tests/new']"));
    }

    [Fact]
    public async Task Without_a_period_the_page_shows_this_month()
    {
        using var tester = await StaffBrowser.SignInAsync(fixture.Host, TestStaff.EtiquetteTester);
        var today = TaipeiTime.DateOf(DateTimeOffset.UtcNow);

        var (status, page) = await tester.GetAsync("/staff/etiquette");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal($"{today.Year} 年 {today.Month} 月的數據", page.QuerySelector("#etiquette-figures")!.TextContent);
        Assert.Equal(today.Month.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("#etiquette-month option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_bad_filter_shows_the_form_again_with_its_errors()
    {
        using var tester = await StaffBrowser.SignInAsync(fixture.Host, TestStaff.EtiquetteTester);

        var (status, page) = await tester.GetAsync($"/staff/etiquette?year={Year}&month=13&unit=nowhere");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var summary = page.QuerySelector(".error-summary")!;
        Assert.Equal(["#etiquette-month", "#etiquette-unit"], summary.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("true", page.QuerySelector("#etiquette-month")!.GetAttribute("aria-invalid"));
        Assert.Null(page.QuerySelector("#etiquette-tests"));
    }

    [Theory]
    [InlineData(TestStaff.Triage)]
    [InlineData(TestStaff.UnitMetrology)]
    [InlineData(TestStaff.Admin)]
    public async Task Staff_without_the_tester_or_manager_role_get_the_403_page(string staffId)
    {
        using var browser = await StaffBrowser.SignInAsync(fixture.Host, staffId);

        var (status, page) = await browser.GetAsync("/staff/etiquette");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("您的角色無法使用此功能", page.QuerySelector("h1")!.TextContent);
    }
}
