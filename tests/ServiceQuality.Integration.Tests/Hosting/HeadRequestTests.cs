using ServiceQuality.DevHosting;
using System.Net;
using Xunit;

namespace ServiceQuality.Integration.Tests.Hosting;

/// <summary>HEAD answers as GET does, status and headers alike, without a body, on pages, the API, staff routes and assets.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class HeadRequestTests(LocalHostFixture fixture)
{
    [Theory]
    [InlineData("/surveys/counter", false)]
    [InlineData("/surveys/counter?lang=en", false)]
    [InlineData("/complaints", false)]
    [InlineData("/api/surveys", false)]
    [InlineData("/api/surveys/counter", false)]
    [InlineData("/api/surveys/no-such-survey", false)]
    [InlineData("/assets/site.css", false)]
    [InlineData("/api/cases", true)]
    [InlineData("/etiquette-tests/new", true)]
    [InlineData("/staff/sign-in", false)]
    public async Task Head_answers_as_get_does_without_a_body(string path, bool staff)
    {
        // 蔡雅雯 is both triage and etiquette tester, so she opens both staff routes above.
        using var client = staff ? await fixture.Host.CreateStaffClientAsync(TestStaff.TriageAndTester) : fixture.Host.CreateClient();

        using var get = await client.GetAsync(path);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.NotEqual(HttpStatusCode.MethodNotAllowed, head.StatusCode);
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(await get.Content.ReadAsByteArrayAsync());
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Head_on_a_staff_route_without_a_sign_in_is_refused_as_get_is()
    {
        using var client = fixture.Host.CreateClient();

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/cases"));

        Assert.Equal(HttpStatusCode.Unauthorized, head.StatusCode);
    }
}
