using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ServiceQuality.DevHosting;

namespace ServiceQuality.Integration.Tests.StaffPages;

/// <summary>A signed-in staff member's browser on the staff pages: reads pages and sends their forms with the token the page carries.</summary>
public sealed class StaffBrowser(HttpClient client) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Client { get; } = client;

    public static async Task<StaffBrowser> SignInAsync(LocalHostInstance host, string staffId) => new(await host.CreateStaffClientAsync(staffId));

    public async Task<(HttpStatusCode Status, IDocument Page)> GetAsync(string pathAndQuery)
    {
        using var response = await Client.GetAsync(pathAndQuery);
        return (response.StatusCode, await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>The anti-forgery token of the first form on the page.</summary>
    public async Task<string> TokenAsync(string pagePath)
    {
        var (_, page) = await GetAsync(pagePath);
        return page.QuerySelector("main input[name=staffFormToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{pagePath} has no staff form.");
    }

    /// <summary>Posts the fields as a form; <paramref name="token"/> null sends none, as a forged post from another site would.</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, string? token)
    {
        var form = fields.ToList();
        if (token is not null)
        {
            form.Add(new("staffFormToken", token));
        }
        return await Client.PostAsync(path, new FormUrlEncodedContent(form));
    }

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response) => await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    public void Dispose() => Client.Dispose();
}
