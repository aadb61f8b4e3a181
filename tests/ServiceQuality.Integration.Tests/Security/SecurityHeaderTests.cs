using System.Net;
using ServiceQuality.Handlers.Security;
using Xunit;

namespace ServiceQuality.Integration.Tests.Security;

[Collection(SecurityHostCollection.Name)]
public sealed class SecurityHeaderTests(SecurityHostFixture fixture)
{
    [Theory]
    [InlineData("/surveys/counter")]
    [InlineData("/complaints?lang=en")]
    [InlineData("/api/surveys")]
    [InlineData("/api/surveys/no-such-survey")]
    [InlineData("/assets/site.css")]
    [InlineData("/api/cases")]
    [InlineData("/no/such/route")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var client = fixture.Open.CreateClient();

        var response = await client.GetAsync(path);

        SecurityHeaderAssert.AllPresent(response);
        Assert.Contains("frame-ancestors 'none'", SecurityHeaders.ContentSecurityPolicy);
        Assert.StartsWith("default-src 'self'", SecurityHeaders.ContentSecurityPolicy);
    }

    [Theory]
    [InlineData("/surveys/counter")]
    [InlineData("/surveys/taxi-meter?lang=en")]
    [InlineData("/complaints")]
    public async Task Pages_have_no_inline_script_or_style_that_the_policy_would_block(string path)
    {
        using var client = fixture.Open.CreateClient();

        var html = await client.GetStringAsync(path);

        Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)[^>]*>", html);
        Assert.DoesNotContain(" style=", html);
        Assert.DoesNotContain("<style", html);
        Assert.DoesNotMatch("<[^>]+\\son[a-z]+\\s*=", html);
    }

    [Fact]
    public async Task The_scripts_and_stylesheet_the_pages_use_are_served_from_the_site_itself()
    {
        using var client = fixture.Open.CreateClient();
        var html = await client.GetStringAsync("/surveys/counter");

        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(html, "(?:src|href)=\"(/assets/[^\"]+)\""))
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(m.Groups[1].Value)).StatusCode);
        }
    }
}
