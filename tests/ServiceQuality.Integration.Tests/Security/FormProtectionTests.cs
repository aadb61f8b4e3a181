using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.Options;
using ServiceQuality.Handlers.Security;
using ServiceQuality.Integration.Tests.Builders;
using Xunit;

namespace ServiceQuality.Integration.Tests.Security;

[Collection(SecurityHostCollection.Name)]
public sealed class FormProtectionTests(SecurityHostFixture fixture)
{
    private static readonly HtmlParser Parser = new();

    [Theory]
    [InlineData("/surveys/counter")]
    [InlineData("/complaints")]
    public async Task The_honeypot_is_hidden_from_people_screen_readers_and_the_keyboard(string path)
    {
        using var client = fixture.Open.CreateClient();
        var page = Parser.ParseDocument(await client.GetStringAsync(path));

        var honeypot = page.QuerySelector($"input[name={FormGuard.HoneypotField}]")!;
        Assert.Equal("-1", honeypot.GetAttribute("tabindex"));
        Assert.Equal("off", honeypot.GetAttribute("autocomplete"));
        Assert.Equal("", honeypot.GetAttribute("value"));
        var wrapper = honeypot.ParentElement!;
        Assert.Equal("true", wrapper.GetAttribute("aria-hidden"));
        Assert.Contains("visually-hidden", wrapper.ClassList);
        Assert.NotNull(page.QuerySelector($"input[type=hidden][name={FormTokens.FieldName}]"));
    }

    [Fact]
    public async Task A_survey_form_with_the_honeypot_filled_is_thanked_and_not_stored()
    {
        using var client = fixture.Open.CreateClient();
        var fields = FormTokenFor.NewForm(fixture.Open);
        fields[FormGuard.HoneypotField] = "http://spam.example";
        fields["answers.waiting-time"] = "5";
        fields["answers.staff-attitude"] = "5";
        fields["answers.explanation"] = "5";
        fields["answers.overall"] = "5";
        var before = await fixture.CountRowsAsync();

        var response = await client.PostAsync("/surveys/counter", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.StartsWith("/surveys/counter/thanks", response.Headers.Location!.ToString());
        Assert.Equal(before, await fixture.CountRowsAsync());
    }

    [Fact]
    public async Task A_complaint_form_with_the_honeypot_filled_is_thanked_and_not_stored()
    {
        using var client = fixture.Open.CreateClient();
        var fields = FormTokenFor.NewForm(fixture.Open);
        fields[FormGuard.HoneypotField] = "buy now";
        fields["text"] = "The scale at the market shows 50 g too much.";
        fields["email"] = "bot@example.com";
        var before = await fixture.CountRowsAsync();

        var response = await client.PostAsync("/complaints", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("case-number", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await fixture.CountRowsAsync());
    }

    [Theory]
    [InlineData("/surveys/counter", null)]
    [InlineData("/surveys/counter", "1700000000.forged")]
    [InlineData("/complaints", null)]
    [InlineData("/complaints", "not-a-token")]
    public async Task A_form_without_a_valid_token_gets_the_400_page_and_nothing_is_stored(string path, string? token)
    {
        using var client = fixture.Open.CreateClient();
        var fields = new Dictionary<string, string>
        {
            ["idempotencyKey"] = Guid.NewGuid().ToString("N"),
            ["text"] = "The taxi meter ran fast.",
            ["answers.waiting-time"] = "5", ["answers.staff-attitude"] = "5", ["answers.explanation"] = "5", ["answers.overall"] = "5",
        };
        if (token is not null)
        {
            fields[FormTokens.FieldName] = token;
        }
        var before = await fixture.CountRowsAsync();

        var response = await client.PostAsync(path, new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await fixture.CountRowsAsync());
    }

    [Fact]
    public async Task A_token_issued_for_another_form_is_refused()
    {
        using var client = fixture.Open.CreateClient();
        var fields = FormTokenFor.NewForm(fixture.Open);
        fields["idempotencyKey"] = Guid.NewGuid().ToString("N");
        fields["text"] = "The taxi meter ran fast.";

        var response = await client.PostAsync("/complaints", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public void A_token_expires_after_its_lifetime()
    {
        var clock = new SettableClock(DateTimeOffset.Parse("2026-03-02T01:00:00Z"));
        var tokens = new FormTokens(Options.Create(new FormProtectionOptions { SigningKey = "k", TokenLifetime = TimeSpan.FromHours(1) }), clock);
        var token = tokens.Issue("key-1");

        Assert.True(tokens.IsValid("key-1", token));
        clock.Advance(TimeSpan.FromMinutes(61));
        Assert.False(tokens.IsValid("key-1", token));
    }
}
