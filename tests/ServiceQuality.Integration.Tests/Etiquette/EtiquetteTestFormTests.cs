using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Azure.Data.Tables;
using ServiceQuality.Integration.Tests.Hosting;
using ServiceQuality.DevHosting;
using ServiceQuality.Integration.Tests.Builders;
using Xunit;

namespace ServiceQuality.Integration.Tests.Etiquette;

[Collection(LocalHostCollection.Name)]
public sealed class EtiquetteTestFormTests(LocalHostFixture fixture) : IDisposable
{
    private const string Form = "/etiquette-tests/new";
    private static readonly HtmlParser Parser = new();
    private readonly HttpClient _tester = fixture.Host.CreateStaffClient(TestStaff.EtiquetteTester);

    public void Dispose() => _tester.Dispose();

    [Fact]
    public async Task The_form_is_in_traditional_chinese_by_default_with_a_number_input_per_rubric_item()
    {
        var page = await GetPageAsync(Form);

        Assert.Equal("zh-TW", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("登錄電話禮貌測試", page.QuerySelector("h1")!.TextContent);
        var scores = page.QuerySelectorAll("input[type=number][name^='scores.']");
        Assert.Equal(6, scores.Length);
        Assert.Equal("20", page.QuerySelector("input[name='scores.greeting']")!.GetAttribute("max"));
        Assert.Contains(page.QuerySelectorAll("label"), l => l.TextContent.Contains("接聽時報明單位及姓名", StringComparison.Ordinal));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$", page.QuerySelector("input#testedAt")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("script[src='/assets/etiquette-form.js']"));
    }

    [Fact]
    public async Task The_tester_is_the_signed_in_person_and_no_link_carries_a_key()
    {
        var page = await GetPageAsync($"{Form}?lang=en");

        Assert.Equal("Log a phone-etiquette test", page.QuerySelector("h1")!.TextContent);
        Assert.Null(page.QuerySelector("input[name=tester]"));
        Assert.Contains("張家豪", page.QuerySelector("form.etiquette-form")!.TextContent);
        Assert.DoesNotContain("code=", page.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task A_form_post_without_the_anti_forgery_token_stores_nothing()
    {
        var page = await GetPageAsync(Form);
        var fields = HiddenFields(page).Where(f => f.Key != "staffFormToken").ToList();
        fields.AddRange(CompleteScores($"{TestYears.Last}-04-18T09:00", "general-affairs"));
        var before = await StoredCountAsync();

        var response = await _tester.PostAsync(Form, new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("表單已失效", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await StoredCountAsync());
    }

    [Fact]
    public async Task The_recorded_test_names_the_signed_in_tester_whatever_the_form_says()
    {
        var page = await GetPageAsync(Form);
        var fields = HiddenFields(page);
        fields.AddRange(CompleteScores($"{TestYears.Last}-04-19T09:00", "general-affairs"));

        var response = await _tester.PostAsync(Form, new FormUrlEncodedContent(fields));

        var recorded = await GetPageAsync(response.Headers.Location!.ToString());
        Assert.Contains("張家豪", recorded.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("張測試", recorded.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Every_input_has_a_label_and_the_fields_come_in_a_logical_tab_order()
    {
        var page = await GetPageAsync(Form);

        var controls = page.QuerySelectorAll("form.etiquette-form input:not([type=hidden]), form.etiquette-form select, form.etiquette-form textarea").ToList();
        foreach (var control in controls)
        {
            Assert.NotNull(page.QuerySelector($"label[for='{control.Id}']"));
        }
        Assert.Empty(page.QuerySelectorAll("[tabindex]:not(main)"));
        Assert.Equal(["testedAt", "unit", "staff", "extension"], controls.Take(4).Select(c => c.Id));
        Assert.Equal("notes", controls.Last().Id);
    }

    [Fact]
    public async Task A_form_post_without_javascript_logs_the_test_and_the_confirmation_shows_the_total_and_grade()
    {
        var page = await GetPageAsync($"{Form}?lang=en");
        var fields = HiddenFields(page);
        fields.AddRange(
        [
            new("testedAt", $"{TestYears.Last}-04-15T14:30"), new("tester", "張測試"), new("unit", "certification"), new("staff", "黃小姐"), new("extension", ""),
            new("scores.answered-promptly", "10"), new("scores.greeting", "15"), new("scores.courtesy", "20"),
            new("scores.accuracy", "25"), new("scores.transfer", "5"), new("scores.closing", "10"), new("notes", ""),
        ]);
        var before = await StoredCountAsync();

        var response = await _tester.PostAsync(page.QuerySelector("form.etiquette-form")!.GetAttribute("action"), new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var confirmation = response.Headers.Location!.ToString();
        Assert.StartsWith($"/etiquette-tests/{TestYears.Last}-04/", confirmation);
        var recorded = await GetPageAsync(confirmation);
        Assert.Equal("Test recorded", recorded.QuerySelector("h1")!.TextContent);
        Assert.Equal("85", recorded.GetElementById("total")!.TextContent);
        Assert.Equal("Satisfactory", recorded.GetElementById("grade")!.TextContent);
        Assert.Equal(before + 1, await StoredCountAsync());
    }

    [Fact]
    public async Task Sending_the_same_form_twice_logs_it_once()
    {
        var page = await GetPageAsync(Form);
        var fields = HiddenFields(page);
        fields.AddRange(CompleteScores($"{TestYears.Last}-04-16T09:00", "general-affairs"));
        var before = await StoredCountAsync();

        var first = await _tester.PostAsync(Form, new FormUrlEncodedContent(fields));
        var second = await _tester.PostAsync(Form, new FormUrlEncodedContent(fields));

        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(before + 1, await StoredCountAsync());
    }

    [Fact]
    public async Task A_form_with_errors_comes_back_with_the_values_kept_and_each_error_tied_to_its_field()
    {
        var page = await GetPageAsync(Form);
        var fields = HiddenFields(page);
        fields.AddRange(CompleteScores($"{TestYears.Last}-04-17T09:00", "no-such-unit").Where(f => f.Key != "scores.closing"));
        fields.Add(new("scores.closing", "12"));
        var before = await StoredCountAsync();

        var response = await _tester.PostAsync(Form, new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var again = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("錯誤：", again.Title);
        Assert.Equal(["#unit", "#score-closing"], again.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")));
        var closing = again.QuerySelector("#score-closing")!;
        Assert.Equal("12", closing.GetAttribute("value"));
        var errorId = closing.GetAttribute("aria-describedby")!.Split(' ').Single(id => id.StartsWith("err-", StringComparison.Ordinal));
        Assert.Equal("分數須介於 0 到 10 之間。", again.GetElementById(errorId)!.TextContent);
        Assert.Equal("true", again.QuerySelector("#unit")!.GetAttribute("aria-invalid"));
        Assert.Equal($"{TestYears.Last}-04-17T09:00", again.QuerySelector("#testedAt")!.GetAttribute("value"));
        Assert.Equal(before, await StoredCountAsync());
    }

    [Fact]
    public async Task The_script_that_shows_the_total_is_served()
    {
        var js = await fixture.Client.GetAsync("/assets/etiquette-form.js");

        Assert.Equal(HttpStatusCode.OK, js.StatusCode);
        Assert.Equal("text/javascript", js.Content.Headers.ContentType?.MediaType);
    }

    private static List<KeyValuePair<string, string>> CompleteScores(string testedAt, string unit) =>
    [
        new("testedAt", testedAt), new("tester", "張測試"), new("unit", unit), new("staff", ""), new("extension", "123"),
        new("scores.answered-promptly", "10"), new("scores.greeting", "20"), new("scores.courtesy", "25"),
        new("scores.accuracy", "25"), new("scores.transfer", "10"), new("scores.closing", "10"),
    ];

    private async Task<IHtmlDocument> GetPageAsync(string path)
    {
        var response = await _tester.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return Parser.ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private static List<KeyValuePair<string, string>> HiddenFields(IHtmlDocument page) =>
        page.QuerySelectorAll("form.etiquette-form input[type=hidden]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value")!))
            .ToList();

    private async Task<int> StoredCountAsync()
    {
        var count = 0;
        await foreach (var _ in fixture.Tables.GetTableClient("EtiquetteTests").QueryAsync<TableEntity>(select: ["RowKey"]))
        {
            count++;
        }
        return count;
    }
}
