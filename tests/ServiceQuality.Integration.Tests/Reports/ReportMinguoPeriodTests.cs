using AngleSharp.Html.Parser;
using ServiceQuality.Domain.Time;
using Xunit;

namespace ServiceQuality.Integration.Tests.Reports;

/// <summary>zh-TW exports and pages name periods by the Republic of China year; English ones keep Gregorian dates.</summary>
[Collection(ReportHostCollection.Name)]
public sealed class ReportMinguoPeriodTests(ReportHostFixture fixture)
{
    [Fact]
    public async Task The_zh_tw_csv_of_november_2026_names_its_period_minguo_115_11_beside_the_gregorian_column()
    {
        var csv = new ReportCsvTable(await fixture.Client.GetStringAsync("/api/reports/2026/11?format=csv"));

        Assert.Equal(["period", "minguo_period"], csv.Header.Take(2));
        var november = csv.Rows.Where(r => csv.Cell(r, "period") == "2026-11").ToList();
        Assert.NotEmpty(november);
        Assert.All(november, r => Assert.Equal("民國115年11月", csv.Cell(r, "minguo_period")));
        // The monthly trend rows name their own months.
        Assert.Equal("民國115年1月", csv.Cell(csv.Rows.First(r => csv.Cell(r, "period") == "2026-01"), "minguo_period"));
    }

    [Fact]
    public async Task The_zh_tw_csv_of_a_year_names_it_minguo_115()
    {
        var csv = new ReportCsvTable(await fixture.Client.GetStringAsync("/api/reports/2026?format=csv"));

        Assert.All(csv.Rows.Where(r => csv.Cell(r, "period") == "2026"), r => Assert.Equal("民國115年", csv.Cell(r, "minguo_period")));
    }

    [Fact]
    public async Task The_english_csv_has_gregorian_periods_only()
    {
        var response = await fixture.Client.GetAsync("/api/reports/2026/11?format=csv&lang=en");
        var text = await response.Content.ReadAsStringAsync();

        var csv = new ReportCsvTable(text);
        Assert.Equal(["period", "section", "subject", "dimension", "key", "measure", "value", "note"], csv.Header);
        Assert.All(csv.Rows, r => Assert.Equal(8, r.Length));
        Assert.DoesNotContain("民國", text);
        Assert.Equal("2026-11", csv.Cell(csv.Rows[0], "period"));
        Assert.DoesNotContain("filename*", response.Content.Headers.ContentDisposition?.ToString() ?? "");
    }

    [Fact]
    public async Task The_zh_tw_page_names_the_months_and_the_period_compared_with_by_minguo_year_and_the_english_page_does_not()
    {
        var month = await fixture.SeededMonth;

        var zh = await new HtmlParser().ParseDocumentAsync(await fixture.Client.GetStringAsync($"/reports/{month.Year}/{month.Month}"));
        var en = await new HtmlParser().ParseDocumentAsync(await fixture.Client.GetStringAsync($"/reports/{month.Year}/{month.Month}?lang=en"));

        Assert.StartsWith(MinguoDate.Month(month), zh.Title);
        Assert.Contains($"增減為與{MinguoDate.Month(month.Previous)}相比", zh.Body!.TextContent);
        var trend = zh.QuerySelector("section[aria-labelledby=survey-counter] table")!;
        Assert.Contains(MinguoDate.Month(month), trend.QuerySelectorAll("tbody th").Select(th => th.TextContent));
        Assert.DoesNotContain("民國", en.Body!.TextContent);
        Assert.Contains(month.ToString(), en.QuerySelector("section[aria-labelledby=survey-counter] table")!.TextContent);
    }
}
