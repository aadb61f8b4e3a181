using System.Net;
using System.Net.Http.Headers;
using ServiceQuality.Integration.Tests.Security;
using Xunit;

namespace ServiceQuality.Integration.Tests.Hosting;

/// <summary>
/// Errors on page routes reach a browser as HTML pages, while the API, and any client that does not ask for
/// HTML, keeps RFC 7807 problem details; unknown addresses are answered by the catch-all function, which every
/// explicit route outranks.
/// </summary>
[Collection(LocalHostCollection.Name)]
public sealed class BrowserErrorPageTests(LocalHostFixture fixture)
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Theory]
    [InlineData("/reports/2026/13", HttpStatusCode.BadRequest)]
    [InlineData("/reports/abcd", HttpStatusCode.BadRequest)]
    [InlineData("/reports/2026/00?lang=en", HttpStatusCode.BadRequest)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    [InlineData("/surveys/counter/no/such/page", HttpStatusCode.NotFound)]
    public async Task A_browser_gets_an_html_error_page_on_a_page_route(string path, HttpStatusCode status)
    {
        using var response = await Get(path, BrowserAccept);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains(path.Contains("lang=en", StringComparison.Ordinal) ? "<html lang=\"en\">" : "<html lang=\"zh-TW\">", html);
        SecurityHeaderAssert.AllPresent(response);
    }

    [Fact]
    public async Task The_html_error_page_names_each_invalid_part_of_the_address()
    {
        using var api = await Get("/api/reports/2026/13", "application/json");
        using var page = await Get("/reports/2026/13?lang=en", BrowserAccept);

        var html = await page.Content.ReadAsStringAsync();
        var problem = System.Text.Json.JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement;
        foreach (var field in problem.GetProperty("errors").EnumerateObject())
        {
            foreach (var message in field.Value.EnumerateArray())
            {
                Assert.Contains(System.Net.WebUtility.HtmlEncode(message.GetString()!), html);
            }
        }
    }

    [Theory]
    [InlineData("/reports/2026/13", null, HttpStatusCode.BadRequest)]
    [InlineData("/reports/2026/13", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("/no-such-page", null, HttpStatusCode.NotFound)]
    [InlineData("/api/reports/2026/13", BrowserAccept, HttpStatusCode.BadRequest)]
    [InlineData("/api/no-such-route", BrowserAccept, HttpStatusCode.NotFound)]
    [InlineData("/api/no-such-route", null, HttpStatusCode.NotFound)]
    [InlineData("/api/cases", BrowserAccept, HttpStatusCode.Unauthorized)]
    public async Task The_api_and_clients_not_asking_for_html_get_problem_details(string path, string? accept, HttpStatusCode status)
    {
        using var response = await Get(path, accept);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("/surveys/counter", "text/html")]
    [InlineData("/complaints", "text/html")]
    [InlineData("/api/surveys", "application/json")]
    [InlineData("/api/surveys/counter", "application/json")]
    [InlineData("/assets/site.css", "text/css")]
    public async Task Explicit_routes_win_over_the_catch_all(string path, string mediaType)
    {
        using var response = await Get(path, BrowserAccept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Unknown_addresses_answer_404_for_every_method(string method)
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/no-such-route"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<HttpResponseMessage> Get(string path, string? accept)
    {
        using var client = fixture.Host.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }
        return await client.SendAsync(request);
    }
}
