using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Invitations;
using ServiceQuality.Handlers.Http.SurveyTokens;
using ServiceQuality.Integration.Tests.Hosting;
using Xunit;

namespace ServiceQuality.Integration.Tests.Surveys;

/// <summary>
/// A form opened by a token keeps it on every link that leads back to the form (the language switch, the reopen button
/// of an expired form), and a receipt's QR code carries a short link that leads to the signed one.
/// </summary>
[Collection(LocalHostCollection.Name)]
public sealed class SurveyTokenLinkTests(LocalHostFixture fixture) : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly HttpClient _staff = fixture.Host.CreateMachineClient();

    public void Dispose() => _staff.Dispose();

    [Fact]
    public async Task Switching_language_on_an_invitation_form_keeps_the_invitation()
    {
        var token = PetitionToken();

        var switched = await FollowLanguageSwitchAsync($"/surveys/petition?token={Uri.EscapeDataString(token)}");

        Assert.Equal(HttpStatusCode.OK, switched.StatusCode);
        var page = Parser.ParseDocument(await switched.Content.ReadAsStringAsync());
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(token, page.QuerySelector("input[name=token]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Switching_language_on_a_counter_form_opened_by_a_transaction_token_keeps_the_token_and_channel()
    {
        var minted = await MintAsync();
        var token = minted.GetProperty("token").GetString()!;

        var switched = await FollowLanguageSwitchAsync(new Uri(minted.GetProperty("links").GetProperty("survey").GetString()!).PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, switched.StatusCode);
        var page = Parser.ParseDocument(await switched.Content.ReadAsStringAsync());
        Assert.Equal(token, page.QuerySelector("input[name=token]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task The_reopen_button_of_an_expired_invitation_form_keeps_the_invitation_and_its_page_switches_language_with_it()
    {
        var token = PetitionToken();
        var expired = await fixture.Client.PostAsync("/surveys/petition?lang=zh-TW", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["idempotencyKey"] = Guid.NewGuid().ToString("N"),
            ["formToken"] = "expired-or-forged",
            ["token"] = token,
            ["channel"] = "email",
            ["answers.overall"] = "5",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
        var page = Parser.ParseDocument(await expired.Content.ReadAsStringAsync());
        var reopen = page.QuerySelector("main a.button")!.GetAttribute("href")!;
        var switchHref = page.QuerySelector("nav a[hreflang]")!.GetAttribute("href")!;

        var reopened = await fixture.Client.GetAsync(reopen);
        var switched = await fixture.Client.GetAsync(switchHref);

        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);
        Assert.Contains($"value=\"{token}\"", await reopened.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, switched.StatusCode);
        Assert.Contains("lang=en", switchHref);
    }

    [Fact]
    public async Task The_qr_code_encodes_a_short_link_of_at_most_80_characters_that_leads_to_the_signed_link()
    {
        var minted = await MintAsync();
        var links = minted.GetProperty("links");
        var shortLink = links.GetProperty("short").GetString()!;
        var signed = new Uri(links.GetProperty("survey").GetString()!).PathAndQuery;

        var svg = await (await _staff.GetAsync(links.GetProperty("qrSvg").GetString())).Content.ReadAsStringAsync();
        var resolved = await fixture.Client.GetAsync(new Uri(shortLink).PathAndQuery);
        var form = await fixture.Client.GetAsync(resolved.Headers.Location!.OriginalString);

        Assert.InRange(shortLink.Length, 1, 80);
        Assert.True(signed.Length > 80);
        Assert.Equal(QrCodeImages.Svg(shortLink), svg);
        Assert.Equal(HttpStatusCode.Redirect, resolved.StatusCode);
        Assert.Equal(signed, resolved.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
    }

    [Fact]
    public async Task A_short_link_that_was_never_minted_is_404()
    {
        var response = await fixture.Client.GetAsync($"/t/{Guid.NewGuid():N}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<HttpResponseMessage> FollowLanguageSwitchAsync(string path)
    {
        var opened = await fixture.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        var page = Parser.ParseDocument(await opened.Content.ReadAsStringAsync());
        return await fixture.Client.GetAsync(page.QuerySelector("nav a[hreflang]")!.GetAttribute("href"));
    }

    private string PetitionToken()
    {
        var tokens = fixture.Host.Services.GetRequiredService<InvitationTokens>();
        return tokens.Encode(tokens.Issue(InvitationSurveys.Petition, "links-" + Guid.NewGuid().ToString("N"), null, null, "zh-TW"));
    }

    private async Task<JsonElement> MintAsync()
    {
        var response = await _staff.PostAsync("/api/survey-tokens", new StringContent(
            JsonSerializer.Serialize(new { survey = "counter", unit = "metrology", channel = "counter", transactionReference = $"TX-{Guid.NewGuid():N}" }),
            Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
