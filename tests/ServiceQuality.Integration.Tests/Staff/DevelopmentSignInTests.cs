using System.Net;
using AngleSharp.Html.Parser;
using ServiceQuality.DevHosting;
using Xunit;

namespace ServiceQuality.Integration.Tests.Staff;

[Collection(StaffHostCollection.Name)]
public sealed class DevelopmentSignInTests(StaffHostFixture fixture)
{
    private static readonly HtmlParser Parser = new();

    private static FormUrlEncodedContent SignInForm(string id, string returnUrl = "/staff/cases") =>
        new(new Dictionary<string, string> { ["id"] = id, ["returnUrl"] = returnUrl });

    [Theory]
    [InlineData("", "以陳怡君身分登入")]
    [InlineData("?lang=en", "Sign in as 陳怡君")]
    public async Task The_sign_in_page_lists_every_person_of_the_staff_file_with_a_button(string query, string button)
    {
        using var client = fixture.Development.CreateClient();

        var page = Parser.ParseDocument(await client.GetStringAsync("/staff/sign-in" + query));

        var buttons = page.QuerySelectorAll("form[method=post] button[type=submit]").Select(b => b.TextContent.Trim()).ToList();
        Assert.Contains(button, buttons);
        Assert.Equal(7, buttons.Count);
        Assert.NotNull(page.QuerySelector($"input[name=id][value='{TestStaff.UnitMetrology}']"));
    }

    [Fact]
    public async Task Signing_in_sets_an_http_only_same_site_cookie_and_returns_to_the_page_asked_for()
    {
        using var client = fixture.Development.CreateClient();

        var response = await client.PostAsync("/staff/sign-in", SignInForm(TestStaff.Triage, "/staff/cases?status=new"));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/staff/cases?status=new", response.Headers.Location!.ToString());
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("sq-staff=", cookie);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    public async Task Signing_in_never_sends_the_browser_to_another_site(string returnUrl)
    {
        using var client = fixture.Development.CreateClient();

        var response = await client.PostAsync("/staff/sign-in", SignInForm(TestStaff.Triage, returnUrl));

        Assert.Equal("/staff", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Someone_not_in_the_staff_file_cannot_sign_in()
    {
        using var client = fixture.Development.CreateClient();

        var response = await client.PostAsync("/staff/sign-in", SignInForm("intruder@example.com"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task The_sign_in_page_shows_who_is_signed_in_and_a_tampered_cookie_is_nobody()
    {
        var (name, value) = await fixture.Development.SignInAsync(TestStaff.Manager);
        using var signedIn = fixture.Development.CreateClient();
        signedIn.DefaultRequestHeaders.Add("Cookie", $"{name}={value}");
        using var tampered = fixture.Development.CreateClient();
        // The same signature over another person's id.
        var parts = value.Split('.');
        var otherId = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(TestStaff.Admin));
        tampered.DefaultRequestHeaders.Add("Cookie", $"{name}={otherId}.{parts[1]}.{parts[2]}");

        var shown = Parser.ParseDocument(await signedIn.GetStringAsync("/staff/sign-in")).QuerySelector("[role=status]");
        var nobody = Parser.ParseDocument(await tampered.GetStringAsync("/staff/sign-in")).QuerySelector("[role=status]");

        Assert.Contains("王美玲", shown!.TextContent);
        Assert.Null(nobody);
    }

    [Theory]
    [InlineData("GET", "/staff/sign-in")]
    [InlineData("POST", "/staff/sign-in")]
    [InlineData("POST", "/staff/sign-out")]
    public async Task Outside_development_the_sign_in_does_not_exist(string method, string path)
    {
        foreach (var host in new[] { fixture.Production, fixture.EasyAuth })
        {
            using var client = host.CreateClient();
            client.DefaultRequestHeaders.Add("Accept", "text/html");
            var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? SignInForm(TestStaff.Admin) : null };

            var response = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.False(response.Headers.Contains("Set-Cookie"));
            Assert.Contains("<html", await response.Content.ReadAsStringAsync());
        }
    }
}
