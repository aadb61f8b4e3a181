using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using ServiceQuality.Domain.Time;
using ServiceQuality.Handlers.Timers;
using ServiceQuality.Integration.Tests.Surveys;
using Xunit;

namespace ServiceQuality.Integration.Tests.Reports;

/// <summary>Rollups, the report in its three formats and open data, through the local host; figures as in <see cref="ReportSeed"/>.</summary>
[Collection(ReportHostCollection.Name)]
public sealed class ReportTests(ReportHostFixture fixture)
{
    [Fact]
    public async Task The_rollup_endpoint_stores_a_row_per_kind_and_the_report_matches_a_hand_computation()
    {
        var month = await fixture.SeededMonth;

        var run = await fixture.Staff.PostAsync($"/api/rollups/{month.Year}/{month.Month}", System.Net.Http.Json.JsonContent.Create(new { }));

        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        var periods = (await run.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("periods").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Equal([month.ToString(), month.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)], periods);
        var rows = await RowsAsync(month.ToString());
        Assert.Equal(["etiquette", "petitions", "response-rates", "surveys"], rows.Keys.Order());

        var report = await fixture.Client.GetFromJsonAsync<JsonElement>($"/api/reports/{month.Year}/{month.Month}");

        var counter = Survey(report, "counter");
        var overall = counter.GetProperty("overall");
        Assert.Equal((23, 23, 21), (overall.GetProperty("responses").GetInt32(), overall.GetProperty("valid").GetInt32(), overall.GetProperty("satisfied").GetInt32()));
        Assert.Equal(91.3m, overall.GetProperty("percent").GetDecimal());
        Assert.Equal((73.2m, 97.6m), (overall.GetProperty("confidenceLow").GetDecimal(), overall.GetProperty("confidenceHigh").GetDecimal()));
        Assert.Equal(4.70m, overall.GetProperty("meanScore").GetDecimal());
        var units = counter.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("key").GetString()!, u => u.GetProperty("figures"));
        Assert.Equal(90.0m, units["metrology"].GetProperty("percent").GetDecimal());
        Assert.True(units["office-north"].GetProperty("suppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, units["office-north"].GetProperty("percent").ValueKind);

        var petitions = report.GetProperty("petitions");
        Assert.Equal(80.0m, petitions.GetProperty("handlingSatisfaction").GetProperty("percent").GetDecimal());
        var cases = petitions.GetProperty("figures");
        Assert.Equal((3, 1, 1, 1), (cases.GetProperty("received").GetInt32(), cases.GetProperty("replied").GetInt32(),
            cases.GetProperty("due").GetInt32(), cases.GetProperty("answeredOnTime").GetInt32()));
        Assert.Equal(100.0m, cases.GetProperty("answeredOnTimePercent").GetDecimal());
        Assert.Equal((0m, 0m), (cases.GetProperty("medianWorkingDaysToReply").GetDecimal(), cases.GetProperty("medianCalendarDaysToReply").GetDecimal()));
        Assert.Equal(3, cases.GetProperty("categories").EnumerateArray().Sum(c => c.GetProperty("received").GetInt32()));

        var etiquette = report.GetProperty("etiquette");
        Assert.Equal((2, 79.5m), (etiquette.GetProperty("testCount").GetInt32(), etiquette.GetProperty("averageScore").GetDecimal()));
        Assert.All(etiquette.GetProperty("units").EnumerateArray().Where(u => u.GetProperty("testCount").GetInt32() > 0),
            u => Assert.True(u.GetProperty("suppressed").GetBoolean()));
        Assert.DoesNotContain("301", etiquette.ToString());
    }

    [Fact]
    public async Task The_timer_handler_rolls_up_the_current_month_and_a_second_run_stores_identical_figures()
    {
        var month = await fixture.SeededMonth;
        var timer = fixture.Host.Services.GetRequiredService<RollupTimer>();

        var first = await timer.RunAsync(CancellationToken.None);
        var before = await RowsAsync(month.ToString());
        var second = await timer.RunAsync(CancellationToken.None);
        var after = await RowsAsync(month.ToString());

        Assert.Contains(MonthKey.Of(DateTimeOffset.UtcNow).ToString(), first.Periods);
        Assert.Equal(first.Periods, second.Periods);
        Assert.Equal(4, before.Count);
        Assert.All(before, pair => Assert.Equal(pair.Value.GetString("Figures"), after[pair.Key].GetString("Figures")));
        Assert.All(before, pair => Assert.True(after[pair.Key].GetDateTimeOffset("ComputedAt") >= pair.Value.GetDateTimeOffset("ComputedAt")));
    }

    [Fact]
    public async Task The_csv_report_parses_with_a_row_per_figure_and_empty_values_for_suppressed_cells()
    {
        var month = await fixture.SeededMonth;

        var response = await fixture.Client.GetAsync($"/api/reports/{month.Year}/{month.Month}?format=csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var csv = new ReportCsvTable(await response.Content.ReadAsStringAsync());
        Assert.Equal(["period", "minguo_period", "section", "subject", "dimension", "key", "measure", "value", "note"], csv.Header);
        Assert.All(csv.Rows, r => Assert.Equal(9, r.Length));
        Assert.Equal("91.3", csv.Value("surveys", "counter", "overall", "overall", "percent"));
        Assert.Equal("", csv.Value("surveys", "counter", "unit", "office-north", "percent"));
        Assert.Contains("5", csv.Note("surveys", "counter", "unit", "office-north", "percent"));
        Assert.Equal("3", csv.Value("petitions", "cases", "total", "all", "received"));
    }

    [Fact]
    public async Task Accept_text_csv_gets_csv_and_json_is_the_default()
    {
        var month = await fixture.SeededMonth;
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/reports/{month.Year}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        var csv = await fixture.Client.SendAsync(request);
        var json = await fixture.Client.GetAsync($"/api/reports/{month.Year}");

        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        Assert.Equal(month.Year, (await json.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("year").GetInt32());
    }

    [Fact]
    public async Task The_html_report_draws_svg_charts_with_a_title_a_description_and_a_table_of_the_same_figures()
    {
        var month = await fixture.SeededMonth;

        var zh = await new HtmlParser().ParseDocumentAsync(await fixture.Client.GetStringAsync($"/reports/{month.Year}/{month.Month}"));
        var en = await new HtmlParser().ParseDocumentAsync(await fixture.Client.GetStringAsync($"/reports/{month.Year}/{month.Month}?lang=en"));

        Assert.Equal("zh-TW", zh.DocumentElement.GetAttribute("lang"));
        var charts = zh.QuerySelectorAll("svg.chart");
        Assert.True(charts.Length >= 2);
        Assert.All(charts, svg =>
        {
            Assert.Equal("img", svg.GetAttribute("role"));
            Assert.NotNull(svg.QuerySelector("desc"));
            var title = svg.QuerySelector("title")!.TextContent;
            Assert.Contains(svg.Closest("section")!.QuerySelectorAll("table caption"), caption => caption.TextContent == title);
        });
        Assert.NotNull(zh.GetElementById("survey-counter-units"));
        Assert.NotNull(zh.GetElementById("petitions-categories"));
        var counter = zh.QuerySelector("section[aria-labelledby=survey-counter]")!;
        Assert.Contains("調查方式", counter.TextContent);
        Assert.Contains("91.3%", counter.QuerySelector(".report-facts")!.TextContent);
        Assert.Contains("—", counter.TextContent);
        Assert.Empty(zh.QuerySelectorAll("script[src^=http], link[href^=http]"));
        Assert.Equal("en", en.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Method", en.QuerySelector("section[aria-labelledby=survey-counter]")!.TextContent);
        Assert.Contains("Satisfaction 91.3%", en.Body!.TextContent);
    }

    [Fact]
    public async Task Open_data_csv_has_no_contact_data_scrubs_phone_numbers_and_leaves_out_small_groups()
    {
        var month = await fixture.SeededMonth;

        var response = await fixture.Client.GetAsync($"/api/open-data/{month.Year}/{month.Month}/responses?format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = CsvText.Parse(await response.Content.ReadAsStringAsync());
        var header = rows[0];
        Assert.Equal(["survey", "survey_version", "date", "unit", "channel", "language"], header.Take(6));
        Assert.DoesNotContain(header, h => h is "id" or "email" or "phone" or "name" or "submittedAt");
        var counter = rows.Skip(1).Where(r => r[0] == "counter").ToList();
        Assert.Equal(20, counter.Count);
        Assert.All(counter, r => Assert.Equal("metrology", r[3]));
        Assert.All(rows.Skip(1), r => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", r[2]));
        var comment = counter.Select(r => r[Array.IndexOf(header, "comment")]).Single(c => c.Length > 0);
        Assert.Equal("請打[phone]給我", comment);
    }

    [Fact]
    public async Task Open_data_json_carries_no_response_ids_or_times()
    {
        var month = await fixture.SeededMonth;

        var export = await fixture.Client.GetFromJsonAsync<JsonElement>($"/api/open-data/{month.Year}/{month.Month}/responses?format=json");

        var first = export.GetProperty("responses")[0];
        Assert.False(first.TryGetProperty("id", out _));
        Assert.False(first.TryGetProperty("submittedAt", out _));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", first.GetProperty("date").GetString()!);
        Assert.Equal(3, export.GetProperty("suppressedResponses").GetInt32());
    }

    [Fact]
    public async Task A_report_of_a_period_with_no_stored_rollup_is_computed_and_stored()
    {
        Assert.Empty(await RowsAsync("2024-06"));

        var response = await fixture.Client.GetAsync("/api/reports/2024/6");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["etiquette", "petitions", "response-rates", "surveys"], (await RowsAsync("2024-06")).Keys.Order());
    }

    [Theory]
    [InlineData("/api/reports/24", HttpStatusCode.BadRequest, "year")]
    [InlineData("/api/reports/2026/13", HttpStatusCode.BadRequest, "month")]
    [InlineData("/api/reports/2026/0", HttpStatusCode.BadRequest, "month")]
    [InlineData("/api/reports/2026?format=xml", HttpStatusCode.BadRequest, "format")]
    [InlineData("/api/open-data/2026/13/responses", HttpStatusCode.BadRequest, "month")]
    [InlineData("/api/open-data/2026/1/responses?format=pdf", HttpStatusCode.BadRequest, "format")]
    [InlineData("/api/reports/2099", HttpStatusCode.NotFound, null)]
    [InlineData("/api/reports/2099/1", HttpStatusCode.NotFound, null)]
    [InlineData("/api/open-data/2099/1/responses", HttpStatusCode.NotFound, null)]
    public async Task A_bad_period_or_format_is_400_naming_it_and_a_period_not_yet_begun_is_404(string path, HttpStatusCode status, string? field)
    {
        var problem = await SurveyResponseApiTests.AssertProblem(await fixture.Client.GetAsync(path), status);

        if (field is not null)
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
        }
    }

    [Fact]
    public async Task Recomputing_needs_a_signed_in_manager_and_a_period_that_has_begun()
    {
        var anonymous = await fixture.Client.PostAsync("/api/rollups/2026", null);
        var future = await fixture.Staff.PostAsync("/api/rollups/2099/1", System.Net.Http.Json.JsonContent.Create(new { }));
        var bad = await fixture.Staff.PostAsync("/api/rollups/2026/13", System.Net.Http.Json.JsonContent.Create(new { }));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        await SurveyResponseApiTests.AssertProblem(future, HttpStatusCode.NotFound);
        await SurveyResponseApiTests.AssertProblem(bad, HttpStatusCode.BadRequest);
    }

    private async Task<Dictionary<string, TableEntity>> RowsAsync(string period)
    {
        var rows = new Dictionary<string, TableEntity>();
        await foreach (var row in fixture.Tables.GetTableClient("Rollups").QueryAsync<TableEntity>(e => e.PartitionKey == period))
        {
            rows[row.RowKey] = row;
        }
        return rows;
    }

    private static JsonElement Survey(JsonElement report, string id) =>
        report.GetProperty("surveys").EnumerateArray().Single(s => s.GetProperty("id").GetString() == id);

}
