using System.Net;
using AngleSharp.Html.Parser;
using ServiceQuality.Integration.Tests.Hosting;
using Xunit;

namespace ServiceQuality.Integration.Tests.Pages;

/// <summary>The front page on the shared host: following its survey links counts form views, which the report host's figures must not see.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class LandingPageTests(LocalHostFixture fixture)
{
    [Theory]
    [InlineData("", "zh-TW", "範例標準檢驗局分局")]
    [InlineData("?lang=en", "en", "Sample Bureau of Standards, Metrology and Inspection branch office")]
    public async Task The_front_page_names_the_agency_and_links_the_surveys_and_the_complaint_form_in_its_language(string query, string language, string agency)
    {
        var response = await fixture.Client.GetAsync("/" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(agency, page.QuerySelector("h1")!.TextContent);
        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(
            [$"/complaints?lang={language}", .. new[] { "counter", "customer-case", "internal", "service", "taxi-meter" }.Select(s => $"/surveys/{s}?lang={language}")],
            links);
        Assert.Contains(page.QuerySelectorAll(".survey-list li"), li => li.QuerySelector("a") is null);
        foreach (var link in links)
        {
            Assert.Equal(HttpStatusCode.OK, (await fixture.Client.GetAsync(link)).StatusCode);
        }
    }

    [Fact]
    public async Task The_language_switch_of_the_front_page_stays_on_it()
    {
        var page = await new HtmlParser().ParseDocumentAsync(await fixture.Client.GetStringAsync("/?lang=en"));

        Assert.Equal("/?lang=zh-TW", page.QuerySelector("header nav a")!.GetAttribute("href"));
    }
}
