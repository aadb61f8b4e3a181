using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ServiceQuality.Integration.Tests.Hosting;
using ServiceQuality.Integration.Tests.Reports;
using Xunit;

namespace ServiceQuality.Integration.Tests.Comments;

/// <summary>
/// The managers' comments reader over the comments of <see cref="ReportSeed"/>: one counter comment with a phone number,
/// overall score 3, at metrology, classified by the comment queue.
/// </summary>
[Collection(ReportHostCollection.Name)]
public sealed class CommentsPageTests(ReportHostFixture fixture)
{
    [Fact]
    public async Task The_reader_is_for_managers_and_sends_others_to_sign_in()
    {
        var response = await fixture.Client.GetAsync("/staff/comments?lang=en");
        var triage = await fixture.Triage.GetAsync("/staff/comments?lang=en");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/staff/sign-in?returnUrl=%2Fstaff%2Fcomments%3Flang%3Den&lang=en", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, triage.StatusCode);
        Assert.Contains("Manager", await triage.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_comment_is_shown_masked_with_its_unit_score_topic_and_sentiment()
    {
        var month = await fixture.SeededMonth;

        var page = await ClassifiedAsync($"/staff/comments?survey=counter&month={month}&lang=en");

        var comment = page.QuerySelector("li.comment")!;
        Assert.Equal("請打[phone]給我", comment.QuerySelector("blockquote")!.TextContent);
        Assert.DoesNotContain("0912-345-678", page.DocumentElement.OuterHtml);
        var facts = comment.QuerySelectorAll("dl div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent);
        Assert.Equal("3 / 5", facts["Overall score"]);
        Assert.Equal("Third Section (Metrology)", facts["Unit"]);
        Assert.DoesNotContain("Not classified", facts["Topic"]);
        Assert.Matches(@"^(Negative|Neutral|Positive) \(\d+%\)$", facts["Sentiment"]);
    }

    [Theory]
    [InlineData("score=3", 1)]
    [InlineData("score=5", 0)]
    [InlineData("unit=metrology", 1)]
    [InlineData("unit=office-north", 0)]
    [InlineData("unit=metrology&score=3", 1)]
    public async Task Filters_by_unit_and_overall_score_narrow_the_list(string filter, int expected)
    {
        var month = await fixture.SeededMonth;
        await ClassifiedAsync($"/staff/comments?survey=counter&month={month}");

        var page = await PageAsync($"/staff/comments?survey=counter&month={month}&{filter}");

        Assert.Equal(expected, page.QuerySelectorAll("li.comment").Length);
    }

    [Fact]
    public async Task Filtering_by_the_comments_own_topic_keeps_it_and_by_another_drops_it()
    {
        var month = await fixture.SeededMonth;
        var page = await ClassifiedAsync($"/staff/comments?survey=counter&month={month}&lang=en");
        var shown = page.QuerySelectorAll("li.comment dl div").Single(d => d.QuerySelector("dt")!.TextContent == "Topic").QuerySelector("dd")!.TextContent.Split(" (")[0];
        var topic = page.QuerySelectorAll("#topic option").Single(o => o.TextContent == shown).GetAttribute("value");
        var other = page.QuerySelectorAll("#topic option").Select(o => o.GetAttribute("value")).First(v => v is { Length: > 0 } && v != topic);

        var same = await PageAsync($"/staff/comments?survey=counter&month={month}&topic={topic}");
        var different = await PageAsync($"/staff/comments?survey=counter&month={month}&topic={other}");

        Assert.Single(same.QuerySelectorAll("li.comment"));
        Assert.Empty(different.QuerySelectorAll("li.comment"));
    }

    [Fact]
    public async Task A_month_older_than_the_form_lists_is_still_the_one_selected_and_read()
    {
        var page = await PageAsync("/staff/comments?survey=counter&month=2023-01&lang=en");

        Assert.Equal("2023-01", page.QuerySelector("#month option[selected]")!.GetAttribute("value"));
        Assert.StartsWith("Counter service satisfaction survey, January 2023: 0 comments", page.QuerySelector("#results")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("li.comment"));
    }

    [Fact]
    public async Task Bad_filters_come_back_as_the_page_with_each_one_named()
    {
        var response = await fixture.Staff.GetAsync("/staff/comments?survey=nope&score=9&lang=en");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal(2, page.QuerySelectorAll(".error-summary li").Length);
        Assert.Equal("true", page.QuerySelector("#score")!.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task Links_keep_the_filters_and_the_language_and_never_carry_a_key()
    {
        var month = await fixture.SeededMonth;

        var page = await PageAsync($"/staff/comments?survey=counter&month={month}&score=3&lang=en");

        var switchLink = page.QuerySelector("header nav a")!.GetAttribute("href");
        Assert.Equal($"/staff/comments?lang=zh-TW&survey=counter&month={month}&score=3", switchLink);
        Assert.DoesNotContain("code=", page.DocumentElement.OuterHtml);
        Assert.DoesNotContain("test-staff-key", page.DocumentElement.OuterHtml);
    }

    private async Task<IDocument> ClassifiedAsync(string path) =>
        await Eventually.GetAsync(async () =>
        {
            var page = await PageAsync(path);
            return page.QuerySelector("li.comment") is { } comment && !comment.TextContent.Contains("Not classified", StringComparison.Ordinal)
                && !comment.TextContent.Contains("尚未分類", StringComparison.Ordinal) ? page : null;
        }, TimeSpan.FromSeconds(90));

    private async Task<IDocument> PageAsync(string path)
    {
        var response = await fixture.Staff.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }
}
