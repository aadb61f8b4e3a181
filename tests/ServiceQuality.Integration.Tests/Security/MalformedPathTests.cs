using System.Net;
using Xunit;

namespace ServiceQuality.Integration.Tests.Security;

/// <summary>
/// A path that decodes to a control character (%00) is refused with problem details that carry the security
/// headers, like every other answer, on staff and anonymous routes alike.
/// </summary>
[Collection(SecurityHostCollection.Name)]
public sealed class MalformedPathTests(SecurityHostFixture fixture)
{
    [Theory]
    [InlineData("/api/cases/%00")]
    [InlineData("/api/surveys/%00")]
    [InlineData("/api/surveys/a%00b/responses")]
    [InlineData("/surveys/%00")]
    [InlineData("/%00")]
    public async Task A_null_character_in_the_path_answers_problem_details_with_the_security_headers(string path)
    {
        using var client = fixture.Open.CreateMachineClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        SecurityHeaderAssert.AllPresent(response);
    }
}
