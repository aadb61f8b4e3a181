using System.Net;
using ServiceQuality.DevHosting;
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
    public async Task A_staff_endpoint_without_a_signed_in_person_is_401_and_reveals_nothing_about_the_resource(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);

        var response = await fixture.Client.SendAsync(request);

        var problem = await SurveyResponseApiTests.AssertProblem(response, HttpStatusCode.Unauthorized);
        Assert.DoesNotContain("2026-000001", problem.ToString());
    }

    [Fact]
    public async Task The_function_key_opens_no_staff_endpoint_any_more()
    {
        using var machine = fixture.Host.CreateMachineClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await machine.GetAsync("/api/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Client.GetAsync($"/api/cases?code={LocalHostInstance.StaffKey}")).StatusCode);
    }

    [Fact]
    public async Task A_signed_in_person_without_the_role_is_403_and_told_which_roles_may()
    {
        using var tester = fixture.Host.CreateStaffClient(TestStaff.EtiquetteTester);

        var problem = await SurveyResponseApiTests.AssertProblem(await tester.GetAsync("/api/cases"), HttpStatusCode.Forbidden);

        Assert.Contains("triage", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_machine_endpoint_still_needs_the_function_key()
    {
        using var signedIn = fixture.Host.CreateStaffClient(TestStaff.Admin);

        Assert.Equal(HttpStatusCode.Unauthorized, (await signedIn.PostAsync("/api/survey-tokens", null)).StatusCode);
    }
}
