using System.Net;
using ServiceQuality.Integration.Tests.Hosting;
using ServiceQuality.Integration.Tests.Surveys;
using Xunit;

namespace ServiceQuality.Integration.Tests.Complaints;

[Collection(LocalHostCollection.Name)]
public sealed class StaffAuthenticationTests(LocalHostFixture fixture)
{
    [Theory]
    [InlineData("GET", "/api/cases")]
    [InlineData("GET", "/api/cases/2026-000001")]
    [InlineData("POST", "/api/cases/2026-000001/category")]
    [InlineData("POST", "/api/cases/2026-000001/reply")]
    [InlineData("POST", "/api/cases/2026-000001/close")]
    [InlineData("GET", "/api/poison")]
    [InlineData("POST", "/api/poison/cases-to-classify/replay")]
    public async Task A_staff_endpoint_without_a_function_key_is_401_and_reveals_nothing(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);

        var response = await fixture.Client.SendAsync(request);

        var problem = await SurveyResponseApiTests.AssertProblem(response, HttpStatusCode.Unauthorized);
        Assert.False(problem.TryGetProperty("detail", out _));
    }

    [Fact]
    public async Task A_wrong_function_key_is_401_and_the_right_one_in_the_query_is_accepted()
    {
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/api/cases");
        wrong.Headers.Add("x-functions-key", "guess");

        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Client.SendAsync(wrong)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Client.GetAsync($"/api/cases?code={DevHosting.LocalHostInstance.StaffKey}")).StatusCode);
    }
}
