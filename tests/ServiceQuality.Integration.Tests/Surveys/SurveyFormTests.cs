using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Azure.Data.Tables;
using ServiceQuality.Integration.Tests.Hosting;
using Xunit;

namespace ServiceQuality.Integration.Tests.Surveys;

[Collection(LocalHostCollection.Name)]
public sealed class SurveyFormTests(LocalHostFixture fixture)
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task The_form_is_in_traditional_chinese_by_default_with_every_question()
    {
        var page = await GetPageAsync("/surveys/counter");

        Assert.Equal("zh-TW", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("臨櫃服務滿意度調查", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(5, page.QuerySelectorAll("fieldset.likert").Length);
        Assert.NotNull(page.QuerySelector("textarea[name='answers.comment']"));
        Assert.NotNull(page.QuerySelector("select[name='unit']"));
        Assert.Contains(page.QuerySelectorAll("label"), l => l.TextContent == "非常滿意");
    }

    [Fact]
    public async Task The_english_switch_serves_the_same_form_in_english()
    {
        var page = await GetPageAsync("/surveys/counter?lang=en");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Counter service satisfaction survey", page.QuerySelector("h1")!.TextContent);
        var switchLink = page.QuerySelector("nav a")!;
        Assert.Equal("zh-TW", switchLink.GetAttribute("lang"));
        Assert.Contains("lang=zh-TW", switchLink.GetAttribute("href"));
    }

    [Fact]
    public async Task Every_input_has_a_label()
    {
        var page = await GetPageAsync("/surveys/taxi-meter");

        foreach (var input in page.QuerySelectorAll("input:not([type=hidden]), textarea, select"))
        {
            Assert.NotNull(page.QuerySelector($"label[for='{input.Id}']"));
        }
    }

    [Fact]
    public async Task A_form_post_without_javascript_stores_the_response_and_redirects_to_the_thank_you_page()
    {
        var page = await GetPageAsync("/surveys/counter?lang=en");
        var fields = HiddenFields(page);
        fields.AddRange([new("answers.waiting-time", "5"), new("answers.staff-attitude", "5"), new("answers.explanation", "4"), new("answers.overall", "4"), new("unit", "metrology"), new("answers.comment", "")]);

        var response = await fixture.Client.PostAsync("/surveys/counter?lang=en", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var thanks = response.Headers.Location!.ToString();
        Assert.StartsWith("/surveys/counter/thanks", thanks);
        var thankYou = await GetPageAsync(thanks);
        Assert.Equal("Thank you", thankYou.QuerySelector("h1")!.TextContent);
        Assert.True(await StoredCountAsync() > 0);
    }

    [Fact]
    public async Task Sending_the_same_form_twice_stores_it_once()
    {
        var page = await GetPageAsync("/surveys/counter");
        var fields = HiddenFields(page);
        fields.AddRange([new("answers.waiting-time", "1"), new("answers.staff-attitude", "2"), new("answers.explanation", "3"), new("answers.overall", "2"), new("unit", "office-north")]);
        var before = await StoredCountAsync();

        await fixture.Client.PostAsync("/surveys/counter", new FormUrlEncodedContent(fields));
        await fixture.Client.PostAsync("/surveys/counter", new FormUrlEncodedContent(fields));

        Assert.Equal(before + 1, await StoredCountAsync());
    }

    [Fact]
    public async Task A_form_with_errors_comes_back_with_the_answers_kept_and_each_error_tied_to_its_question()
    {
        var page = await GetPageAsync("/surveys/counter");
        var fields = HiddenFields(page);
        fields.AddRange([new("answers.waiting-time", "4"), new("answers.comment", "櫃檯人員很親切")]);
        var before = await StoredCountAsync();

        var response = await fixture.Client.PostAsync("/surveys/counter", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var again = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("錯誤：", again.Title);
        Assert.NotNull(again.QuerySelector(".error-summary[role=alert]"));
        var overall = again.QuerySelector("#q-overall")!;
        var describedBy = overall.GetAttribute("aria-describedby")!;
        Assert.Equal("此題為必答題。", again.GetElementById(describedBy)!.TextContent);
        Assert.True(again.QuerySelector("#q-waiting-time-4")!.HasAttribute("checked"));
        Assert.Equal("櫃檯人員很親切", again.QuerySelector("#q-comment")!.TextContent);
        Assert.Equal(before, await StoredCountAsync());
    }

    [Fact]
    public async Task An_unknown_survey_page_is_a_404_page()
    {
        var response = await fixture.Client.GetAsync("/surveys/no-such-survey");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_stylesheet_and_script_are_served()
    {
        var css = await fixture.Client.GetAsync("/assets/site.css");
        var js = await fixture.Client.GetAsync("/assets/survey-form.js");
        var missing = await fixture.Client.GetAsync("/assets/nothing.css");

        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Equal("text/javascript", js.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private async Task<IHtmlDocument> GetPageAsync(string path)
    {
        var response = await fixture.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return Parser.ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private static List<KeyValuePair<string, string>> HiddenFields(IHtmlDocument page) =>
        page.QuerySelectorAll("form input[type=hidden]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value")!))
            .ToList();

    private async Task<int> StoredCountAsync()
    {
        var count = 0;
        // A keyed response is its own claim of the key, so every row is a response.
        await foreach (var _ in fixture.Tables.GetTableClient("SurveyResponses").QueryAsync<TableEntity>(select: ["RowKey"]))
        {
            count++;
        }
        return count;
    }
}
