using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ServiceQuality.Handlers.Security;
using ServiceQuality.DevHosting;
using Xunit;

namespace ServiceQuality.Integration.Tests.Security;

[Collection(SecurityHostCollection.Name)]
public sealed class RateLimitTests(SecurityHostFixture fixture)
{
    [Fact]
    public async Task A_client_over_its_limit_gets_429_with_retry_after_and_problem_details()
    {
        using var client = AsClient(fixture.Limited.CreateClient(), "198.51.100." + Random.Shared.Next(1, 250));
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i <= SecurityHostFixture.LimitedBurst + 2; i++)
        {
            answers.Add(await client.GetAsync("/api/surveys"));
        }

        var refused = answers.First(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Other_clients_behind_a_trusted_proxy_are_not_held_back_by_one_busy_client()
    {
        var busy = "203.0.113." + Random.Shared.Next(1, 250);
        using var busyClient = AsClient(fixture.Limited.CreateClient(), busy);
        for (var i = 0; i <= SecurityHostFixture.LimitedBurst + 2; i++)
        {
            await busyClient.GetAsync("/api/surveys");
        }
        using var other = AsClient(fixture.Limited.CreateClient(), "192.0.2." + Random.Shared.Next(1, 250));

        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/surveys")).StatusCode);
    }

    [Fact]
    public async Task Staff_routes_are_not_rate_limited()
    {
        using var staff = AsClient(await fixture.Limited.CreateStaffClientAsync(TestStaff.Admin), "198.18.0." + Random.Shared.Next(1, 250));

        for (var i = 0; i < SecurityHostFixture.LimitedBurst * 4; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/api/poison")).StatusCode);
        }
    }

    [Fact]
    public void The_client_is_the_remote_address_unless_the_forwarded_header_is_trusted()
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse("10.0.0.5");
        context.Request.Headers[ClientAddress.ForwardedForHeader] = "203.0.113.7:52344, 10.0.0.1";

        Assert.Equal("10.0.0.5", ClientAddress.Of(context, trustForwardedFor: false));
        Assert.Equal("203.0.113.7", ClientAddress.Of(context, trustForwardedFor: true));
    }

    [Fact]
    public void A_malformed_forwarded_header_falls_back_to_the_remote_address()
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse("10.0.0.6");
        context.Request.Headers[ClientAddress.ForwardedForHeader] = "<script>, 1.2.3.4";

        Assert.Equal("10.0.0.6", ClientAddress.Of(context, trustForwardedFor: true));
    }

    [Fact]
    public async Task The_staff_route_list_holds_every_endpoint_that_refuses_an_anonymous_caller_and_no_other()
    {
        using var anonymous = fixture.Open.CreateClient();
        foreach (var endpoint in FuzzTargets.Endpoints(fixture.Open).Where(e => e.Method is "GET" or "POST"))
        {
            using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.PathWith("x"));
            if (endpoint.Method == "POST")
            {
                request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
            }
            using var response = await anonymous.SendAsync(request);
            // Not signed in: 401, or in Development a page sends the browser to the sign-in.
            var refused = response.StatusCode == HttpStatusCode.Unauthorized
                || response.Headers.Location?.OriginalString.StartsWith("/staff/sign-in", StringComparison.Ordinal) == true;
            var signIn = endpoint.Route.StartsWith("staff/sign-", StringComparison.Ordinal);

            // The development sign-in is under staff/ and open to anyone, by design.
            Assert.True(refused == StaffRoutes.IsStaff(endpoint.Route) || signIn,
                $"{endpoint.Method} {endpoint.Route}: refused {refused}, in StaffRoutes {StaffRoutes.IsStaff(endpoint.Route)}");
        }
    }

    private static HttpClient AsClient(HttpClient client, string address)
    {
        client.DefaultRequestHeaders.Add(ClientAddress.ForwardedForHeader, address);
        return client;
    }
}
