using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ServiceQuality.DevHosting;
using ServiceQuality.Domain.Cases;
using Xunit;

namespace ServiceQuality.Integration.Tests.StaffCases;

/// <summary>A staff member's browser on the case pages: signed in by the development sign-in, reading pages and sending their forms.</summary>
public sealed class StaffCasePages(LocalHostInstance host, HttpClient client) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Client { get; } = client;

    public static async Task<StaffCasePages> SignInAsync(LocalHostInstance host, string staffId) => new(host, await host.CreateStaffClientAsync(staffId));

    public async Task<(HttpStatusCode Status, IDocument Page)> GetAsync(string pathAndQuery)
    {
        using var response = await Client.GetAsync(pathAndQuery);
        return (response.StatusCode, await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Every case number the inbox lists for <paramref name="query"/>, in order, following its next-page links.</summary>
    public async Task<IReadOnlyList<string>> ListAllAsync(string query = "")
    {
        var numbers = new List<string>();
        string? next = "/staff/cases?" + query;
        while (next is not null)
        {
            var (status, page) = await GetAsync(next);
            Assert.Equal(HttpStatusCode.OK, status);
            numbers.AddRange(page.QuerySelectorAll("table.case-table tbody th[scope=row] a").Select(a => a.TextContent));
            next = page.QuerySelector("a[rel=next]")?.GetAttribute("href");
        }
        return numbers;
    }

    /// <summary>Sends one of the case page's forms as the browser would, with the token the page carries unless told otherwise.</summary>
    public async Task<HttpResponseMessage> PostAsync(CaseNumber number, string action, IReadOnlyDictionary<string, string>? fields = null, string? token = null, string language = "zh-TW")
    {
        var form = new Dictionary<string, string>(fields ?? new Dictionary<string, string>()) { ["action"] = action };
        form["staffFormToken"] = token ?? await TokenAsync(number);
        return await Client.PostAsync($"/staff/cases/{number}?lang={language}", new FormUrlEncodedContent(form));
    }

    public async Task<string> TokenAsync(CaseNumber number)
    {
        var (_, page) = await GetAsync($"/staff/cases/{number}");
        return page.QuerySelector("input[name=staffFormToken]")!.GetAttribute("value")!;
    }

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response) => await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    public async Task<Case> CaseAsync(CaseNumber number) =>
        (await ((ICaseStore)host.Services.GetService(typeof(ICaseStore))!).FindAsync(number, CancellationToken.None))!.Case;

    public void Dispose() => Client.Dispose();
}
