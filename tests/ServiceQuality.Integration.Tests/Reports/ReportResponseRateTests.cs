using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Xunit;

namespace ServiceQuality.Integration.Tests.Reports;

/// <summary>
/// Response rates in the report, from tokens minted by staff, a tokened response, untokened form views and responses,
/// through the rollup; figures as in <see cref="ReportSeed"/>.
/// </summary>
[Collection(ReportHostCollection.Name)]
public sealed class ReportResponseRateTests(ReportHostFixture fixture)
{
    [Fact]
    public async Task After_the_rollup_the_report_json_shows_token_and_form_response_rates_by_unit_and_channel()
    {
        var month = await fixture.SeededMonth;
        Assert.Equal(HttpStatusCode.OK, (await fixture.Staff.PostAsync($"/api/rollups/{month.Year}/{month.Month}", System.Net.Http.Json.JsonContent.Create(new { }))).StatusCode);

        var report = await fixture.Client.GetFromJsonAsync<JsonElement>($"/api/reports/{month.Year}/{month.Month}");

        var taxi = Rates(report, "taxi-meter");
        var groups = Groups(taxi);
        Assert.Equal([("metrology", "counter"), ("office-north", "web")], groups.Keys);
        Assert.Equal((8L, 5L, 62.5m), Token(groups[("metrology", "counter")]));
        Assert.Equal((10L, 5L, 50.0m), Form(groups[("office-north", "web")]));
        Assert.Equal((8L, 5L, 62.5m), Token(taxi.GetProperty("total")));
        Assert.Equal((10L, 5L, 50.0m), Form(taxi.GetProperty("total")));
        Assert.Equal("Third Section (Metrology)", Groups(taxi, names: true)[("metrology", "counter")].GetProperty("en").GetString());
    }

    [Fact]
    public async Task Untokened_responses_with_no_form_opened_have_no_rate_rather_than_zero_percent()
    {
        var month = await fixture.SeededMonth;

        var report = await fixture.Client.GetFromJsonAsync<JsonElement>($"/api/reports/{month.Year}/{month.Month}");

        var counter = Groups(Rates(report, "counter"))[("metrology", "counter")];
        Assert.Equal((0L, 0L, 20L), (counter.GetProperty("formViews").GetInt64(), counter.GetProperty("formResponses").GetInt64(), counter.GetProperty("apiResponses").GetInt64()));
        Assert.Equal(JsonValueKind.Null, counter.GetProperty("formRatePercent").ValueKind);
        Assert.Equal(JsonValueKind.Null, counter.GetProperty("tokenRatePercent").ValueKind);
        var petition = report.GetProperty("surveys").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "petition");
        Assert.Equal(JsonValueKind.Null, petition.GetProperty("responseRates").ValueKind);
    }

    [Fact]
    public async Task The_yearly_report_adds_up_the_months_response_rates()
    {
        var month = await fixture.SeededMonth;
        Assert.Equal(HttpStatusCode.OK, (await fixture.Staff.PostAsync($"/api/rollups/{month.Year}/{month.Month}", System.Net.Http.Json.JsonContent.Create(new { }))).StatusCode);

        var report = await fixture.Client.GetFromJsonAsync<JsonElement>($"/api/reports/{month.Year}");

        var total = Rates(report, "taxi-meter").GetProperty("total");
        Assert.Equal((8L, 5L, 62.5m), Token(total));
        Assert.Equal((10L, 5L, 50.0m), Form(total));
    }

    [Fact]
    public async Task The_csv_has_a_row_per_rate_figure_and_says_why_a_rate_is_empty_in_the_readers_language()
    {
        var month = await fixture.SeededMonth;
        var path = $"/api/reports/{month.Year}/{month.Month}?format=csv";

        var zh = new ReportCsvTable(await fixture.Client.GetStringAsync(path));
        var en = new ReportCsvTable(await fixture.Client.GetStringAsync(path + "&lang=en"));

        foreach (var csv in new[] { zh, en })
        {
            Assert.Equal("8", csv.Value("response-rates", "taxi-meter", "unit-channel", "metrology/counter", "tokens-minted"));
            Assert.Equal("5", csv.Value("response-rates", "taxi-meter", "unit-channel", "metrology/counter", "token-responses"));
            Assert.Equal(62.5m, Number(csv.Value("response-rates", "taxi-meter", "unit-channel", "metrology/counter", "token-rate-percent")));
            Assert.Equal(50.0m, Number(csv.Value("response-rates", "taxi-meter", "unit-channel", "office-north/web", "form-rate-percent")));
            Assert.Equal(62.5m, Number(csv.Value("response-rates", "taxi-meter", "overall", "overall", "token-rate-percent")));
            Assert.Equal("20", csv.Value("response-rates", "counter", "unit-channel", "metrology/counter", "api-responses-without-view"));
            Assert.Equal("23", csv.Value("response-rates", "counter", "overall", "overall", "api-responses-without-view"));
            Assert.Equal("", csv.Value("response-rates", "counter", "unit-channel", "metrology/counter", "form-rate-percent"));
        }
        Assert.Equal("無表單開啟紀錄，無填答率", zh.Note("response-rates", "counter", "unit-channel", "metrology/counter", "form-rate-percent"));
        Assert.Equal("no rate: no forms opened without a token", en.Note("response-rates", "counter", "unit-channel", "metrology/counter", "form-rate-percent"));
    }

    [Fact]
    public async Task The_report_page_has_a_captioned_response_rate_table_in_each_language()
    {
        var month = await fixture.SeededMonth;

        var zh = await new HtmlParser().ParseDocumentAsync(await fixture.Client.GetStringAsync($"/reports/{month.Year}/{month.Month}"));
        var en = await new HtmlParser().ParseDocumentAsync(await fixture.Client.GetStringAsync($"/reports/{month.Year}/{month.Month}?lang=en"));

        var zhTable = zh.QuerySelector("section[aria-labelledby=survey-taxi-meter]")!.QuerySelectorAll("table").Last();
        Assert.EndsWith("：各單位、管道填答率", zhTable.QuerySelector("caption")!.TextContent);
        Assert.Equal(["單位", "管道", "發出邀請", "持邀請填答", "邀請填答率", "表單開啟", "未持邀請填答", "表單填答率", "API 填答（未開啟表單）"],
            zhTable.QuerySelectorAll("thead th[scope=col]").Select(th => th.TextContent));
        var rows = zhTable.QuerySelectorAll("tbody tr").Select(tr => tr.Children.Select(c => c.TextContent).ToArray()).ToList();
        Assert.All(zhTable.QuerySelectorAll("tbody tr"), tr => Assert.Equal(2, tr.QuerySelectorAll("th[scope=row]").Length));
        Assert.Equal(["合計", "全部管道", "8", "5", "62.5%", "10", "5", "50.0%", "—"], rows[0]);
        Assert.Equal(["第三課（度量衡）", "臨櫃", "8", "5", "62.5%", "0", "0", "—", "0"], rows.Single(r => r[1] == "臨櫃"));
        Assert.DoesNotContain(rows, r => r[1] is "counter" or "kiosk" or "web");
        var enTable = en.QuerySelector("section[aria-labelledby=survey-taxi-meter]")!.QuerySelectorAll("table").Last();
        Assert.EndsWith(": response rates by unit and channel", enTable.QuerySelector("caption")!.TextContent);
        Assert.Equal("Total", enTable.QuerySelector("tbody th")!.TextContent);
        Assert.Contains("62.5%", enTable.TextContent);
        // A survey with nothing issued, opened or answered says so instead of showing a table of zeros.
        var service = zh.QuerySelector("section[aria-labelledby=survey-service]")!;
        Assert.Contains("本期沒有發出問卷邀請", service.TextContent);
        Assert.DoesNotContain("填答率</caption>", service.InnerHtml);
    }

    private static JsonElement Rates(JsonElement report, string survey) =>
        report.GetProperty("surveys").EnumerateArray().Single(s => s.GetProperty("id").GetString() == survey).GetProperty("responseRates");

    private static Dictionary<(string, string), JsonElement> Groups(JsonElement rates, bool names = false) =>
        rates.GetProperty("groups").EnumerateArray().ToDictionary(
            g => (g.GetProperty("unit").GetString()!, g.GetProperty("channel").GetString()!),
            g => g.GetProperty(names ? "unitName" : "figures"));

    private static (long, long, decimal) Token(JsonElement f) =>
        (f.GetProperty("tokensMinted").GetInt64(), f.GetProperty("tokenResponses").GetInt64(), f.GetProperty("tokenRatePercent").GetDecimal());

    private static (long, long, decimal) Form(JsonElement f) =>
        (f.GetProperty("formViews").GetInt64(), f.GetProperty("formResponses").GetInt64(), f.GetProperty("formRatePercent").GetDecimal());

    private static decimal Number(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}
