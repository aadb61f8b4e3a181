using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ServiceQuality.Domain.Time;
using Xunit;

namespace ServiceQuality.Integration.Tests.Reports;

/// <summary>
/// The report as managers read it, through the local host: summary, "figures as of", recompute, navigation,
/// single-choice distributions and empty tables; figures as in <see cref="ReportSeed"/>.
/// </summary>
[Collection(ReportHostCollection.Name)]
public sealed class ReportForManagersTests(ReportHostFixture fixture)
{
    [Fact]
    public async Task The_page_opens_with_a_summary_of_every_survey_the_petitions_on_time_and_the_etiquette_average()
    {
        var month = await fixture.SeededMonth;

        var page = await PageAsync($"/reports/{month.Year}/{month.Month}?lang=en");

        var summary = page.QuerySelector("main section")!;
        Assert.Equal("summary", summary.GetAttribute("aria-labelledby"));
        var rows = summary.QuerySelectorAll("tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToArray());
        Assert.Equal(8, rows.Count);
        Assert.Equal("91.3%", rows["Counter service satisfaction survey"][0]);
        Assert.Equal("23 responses", rows["Counter service satisfaction survey"][2]);
        // Nothing was due or tested the month before: no change to show.
        Assert.Equal(["100.0%", "—", "1 case due"], rows["Petitions answered on time"]);
        Assert.Equal(["79.5", "—", "2 tests"], rows["Phone-etiquette average score"]);
        Assert.Equal(["—", "—", "fewer than 5 responses"], rows["Overall service satisfaction survey"]);
    }

    [Fact]
    public async Task The_summary_is_the_first_section_of_the_json_and_csv_too()
    {
        var month = await fixture.SeededMonth;

        var json = await fixture.Client.GetFromJsonAsync<JsonElement>($"/api/reports/{month.Year}/{month.Month}");
        var csv = new ReportCsvTable(await fixture.Client.GetStringAsync($"/api/reports/{month.Year}/{month.Month}?format=csv&lang=en"));

        var counter = json.GetProperty("summary").GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "survey/counter");
        Assert.Equal((91.3m, 23), (counter.GetProperty("value").GetDecimal(), counter.GetProperty("count").GetInt32()));
        Assert.Equal("summary", csv.Cell(csv.Rows[0], "section"));
        Assert.Equal(79.5m, decimal.Parse(csv.Value("summary", "etiquette/average-score", "score", "summary", "value"), CultureInfo.InvariantCulture));
        Assert.Equal(100m, decimal.Parse(csv.Value("summary", "petitions/answered-on-time", "percent", "summary", "value"), CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_page_says_when_its_figures_were_computed_and_recompute_now_refreshes_that_time()
    {
        var month = await fixture.SeededMonth;
        var path = $"/reports/{month.Year}/{month.Month}";
        var before = await PageAsync(path + "?lang=en", fixture.Staff);
        var anonymousPage = await PageAsync(path + "?lang=en");
        var shown = DateTimeOffset.Parse(before.QuerySelector(".report-as-of time")!.GetAttribute("datetime")!, CultureInfo.InvariantCulture);
        var form = before.QuerySelector("form.recompute")!;

        await Task.Delay(1100);
        using var post = new FormUrlEncodedContent(form.QuerySelectorAll("input[type=hidden]").Select(i => KeyValuePair.Create(i.GetAttribute("name")!, i.GetAttribute("value")!)));
        var anonymous = await fixture.Client.PostAsync(form.GetAttribute("action"), post);
        var recompute = await fixture.Staff.PostAsync(form.GetAttribute("action"), post);
        var after = await PageAsync(recompute.Headers.Location!.OriginalString);

        Assert.Null(anonymousPage.QuerySelector("form.recompute"));
        Assert.NotNull(form.QuerySelector("input[type=hidden][name=staffFormToken]"));
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal($"/api/rollups/{month.Year}/{month.Month}", form.GetAttribute("action"));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, recompute.StatusCode);
        Assert.Equal($"{path}?lang=en", recompute.Headers.Location!.OriginalString);
        Assert.StartsWith("Figures as of", before.QuerySelector(".report-as-of time")!.TextContent);
        Assert.EndsWith("+08:00", before.QuerySelector(".report-as-of time")!.GetAttribute("datetime"));
        var refreshed = DateTimeOffset.Parse(after.QuerySelector(".report-as-of time")!.GetAttribute("datetime")!, CultureInfo.InvariantCulture);
        Assert.True(refreshed > shown, $"{refreshed:O} is not after {shown:O}");
        var json = (await fixture.Client.GetFromJsonAsync<JsonElement>($"/api/reports/{month.Year}/{month.Month}")).GetProperty("computedAt").GetDateTimeOffset();
        Assert.Equal(refreshed, json.AddTicks(-(json.Ticks % TimeSpan.TicksPerSecond)));
    }

    [Fact]
    public async Task Recompute_without_a_form_still_answers_a_machine_with_the_run_as_json()
    {
        var month = await fixture.SeededMonth;

        var run = await fixture.Staff.PostAsync($"/api/rollups/{month.Year}/{month.Month}", System.Net.Http.Json.JsonContent.Create(new { }));

        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        Assert.Equal("application/json", run.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("zh-TW")]
    [InlineData("en")]
    public async Task A_month_links_to_the_month_before_its_year_and_the_open_data_in_the_same_language(string language)
    {
        var month = await fixture.SeededMonth;
        var previous = month.Previous;

        var page = await PageAsync($"/reports/{month.Year}/{month.Month}?lang={language}");

        var nav = page.QuerySelector("nav.report-nav")!;
        Assert.Equal($"/reports/{previous.Year}/{previous.Month}?lang={language}", nav.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(nav.QuerySelector("a[rel=next]"));
        Assert.Contains(nav.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/reports/{month.Year}?lang={language}");
        var data = page.QuerySelectorAll(".open-data a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(
            [$"/api/reports/{month.Year}/{month.Month}", $"/api/reports/{month.Year}/{month.Month}?format=csv&lang={language}",
             $"/api/open-data/{month.Year}/{month.Month}/responses?format=csv", $"/api/open-data/{month.Year}/{month.Month}/responses"],
            data);
        foreach (var href in nav.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).Concat(data))
        {
            Assert.Equal(HttpStatusCode.OK, (await fixture.Client.GetAsync(href)).StatusCode);
        }
        Assert.DoesNotContain("code=", page.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task A_year_links_to_each_of_its_months_begun_and_the_year_before()
    {
        var month = await fixture.SeededMonth;

        var page = await PageAsync($"/reports/{month.Year}?lang=en");

        var months = page.QuerySelectorAll(".report-months a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(Enumerable.Range(1, month.Month).Select(m => $"/reports/{month.Year}/{m}?lang=en"), months);
        Assert.Equal($"/reports/{month.Year - 1}?lang=en", page.QuerySelector("nav.report-nav a[rel=prev]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Single_choice_distributions_are_in_the_page_json_and_csv_with_small_cells_suppressed()
    {
        var month = await fixture.SeededMonth;

        var json = await fixture.Client.GetFromJsonAsync<JsonElement>($"/api/reports/{month.Year}/{month.Month}");
        var csv = new ReportCsvTable(await fixture.Client.GetStringAsync($"/api/reports/{month.Year}/{month.Month}?format=csv&lang=en"));
        var page = await PageAsync($"/reports/{month.Year}/{month.Month}?lang=en");

        var purpose = json.GetProperty("surveys").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "counter")
            .GetProperty("choices").EnumerateArray().Single();
        var options = purpose.GetProperty("options").EnumerateArray().ToDictionary(o => o.GetProperty("value").GetString()!);
        Assert.Equal(20, purpose.GetProperty("answered").GetInt32());
        Assert.Equal((12, 60.0m), (options["metrology"].GetProperty("count").GetInt32(), options["metrology"].GetProperty("percent").GetDecimal()));
        Assert.True(options["inquiry"].GetProperty("suppressed").GetBoolean());
        Assert.True(options["certificate"].GetProperty("suppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, options["certificate"].GetProperty("count").ValueKind);

        Assert.Equal(60m, decimal.Parse(csv.Value("surveys", "counter", "choice", "purpose/metrology", "percent"), CultureInfo.InvariantCulture));
        Assert.Equal("", csv.Value("surveys", "counter", "choice", "purpose/inquiry", "responses"));
        Assert.Contains("5", csv.Note("surveys", "counter", "choice", "purpose/inquiry", "responses"));
        Assert.Equal("20", csv.Value("surveys", "counter", "choice", "purpose", "answered"));

        var table = page.QuerySelectorAll("section[aria-labelledby=survey-counter] table")
            .Single(t => t.QuerySelector("caption")!.TextContent.StartsWith("What did you come for today?", StringComparison.Ordinal));
        var cells = table.QuerySelectorAll("tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToArray());
        Assert.Equal(["12", "60.0%"], cells["Measuring instrument verification"]);
        Assert.Equal(["—", "—"], cells["Regulation inquiry"]);
        Assert.Equal(["0", "0.0%"], cells["Other"]);
    }

    [Fact]
    public async Task A_table_with_no_figure_is_not_drawn_and_one_line_says_why()
    {
        var month = await fixture.SeededMonth;

        var page = await PageAsync($"/reports/{month.Year}/{month.Month}?lang=en");

        // No one answered the service survey this month: its question table would be nothing but "—".
        var service = page.QuerySelector("section[aria-labelledby=survey-service]")!;
        Assert.DoesNotContain(service.QuerySelectorAll("table caption"), c => c.TextContent is "Satisfaction by question" or "Overall service satisfaction survey: overall satisfaction by month");
        Assert.Contains(service.QuerySelectorAll("p.no-figures"), p => p.TextContent.StartsWith("Satisfaction by question: no figures", StringComparison.Ordinal));
        Assert.All(page.QuerySelectorAll("table"), table =>
            Assert.Contains(table.QuerySelectorAll("tbody td"), td => td.TextContent is not ("—" or "")));
        Assert.NotEmpty(page.QuerySelectorAll("section[aria-labelledby=survey-counter] table"));
    }

    [Fact]
    public async Task Every_table_cell_carries_its_column_name_for_the_phone_layout()
    {
        var month = await fixture.SeededMonth;

        var page = await PageAsync($"/reports/{month.Year}/{month.Month}");

        Assert.All(page.QuerySelectorAll("table.report-table"), table =>
        {
            var headers = table.QuerySelectorAll("thead th").Select(h => h.TextContent).ToList();
            Assert.All(table.QuerySelectorAll("tbody tr"), row =>
                Assert.Equal(headers, row.Children.Select(c => c.GetAttribute("data-label"))));
        });
    }

    private async Task<IDocument> PageAsync(string path, HttpClient? client = null)
    {
        var response = await (client ?? fixture.Client).GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }
}
