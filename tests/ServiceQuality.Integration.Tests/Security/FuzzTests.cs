using System.Net;
using System.Net.Http.Headers;
using ServiceQuality.DevHosting;
using ServiceQuality.Handlers.Staff;
using Xunit;
using Xunit.Abstractions;

namespace ServiceQuality.Integration.Tests.Security;

/// <summary>
/// Malformed, oversize and hostile requests to every endpoint the local host maps (staff ones with the key):
/// never a 5xx, every refusal explained (problem details, or the HTML page of a form route), nothing stored.
/// </summary>
[Collection(SecurityHostCollection.Name)]
public sealed class FuzzTests(SecurityHostFixture fixture, ITestOutputHelper output)
{
    private const int CasesPerEndpoint = 10;

    [Theory]
    [InlineData(20260101)]
    [InlineData(424242)]
    public async Task Hostile_input_to_every_endpoint_is_refused_cleanly_and_stores_nothing(int seed)
    {
        var input = new HostileInput(seed);
        var endpoints = FuzzTargets.Endpoints(fixture.Open);
        using var anonymous = fixture.Open.CreateClient();
        using var staff = fixture.Open.CreateMachineClient();
        staff.DefaultRequestHeaders.Add(TestStaff.EasyAuthHeader, TestStaff.EasyAuthPrincipal("fuzz@branch.example.gov.tw", "測試", [.. StaffRoles.All]));
        var before = await fixture.CountRowsAsync();
        var failures = new List<string>();

        foreach (var endpoint in endpoints)
        {
            for (var i = 0; i < CasesPerEndpoint; i++)
            {
                using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.PathWith(input.RouteValue()) + (i % 2 == 0 ? input.Query() : ""));
                if (endpoint.Method == "POST")
                {
                    var (body, type) = input.Body();
                    request.Content = new ByteArrayContent(body);
                    if (type is not null)
                    {
                        request.Content.Headers.TryAddWithoutValidation("Content-Type", type);
                    }
                }
                if (i == 3)
                {
                    request.Headers.TryAddWithoutValidation("X-Filler", new string('x', 20_000));
                }
                if (i == 5)
                {
                    request.RequestUri = new Uri(endpoint.PathWith("x") + "?q=" + new string('a', 3000), UriKind.Relative);
                }
                if (i == 7)
                {
                    request.Headers.TryAddWithoutValidation("Idempotency-Key", input.AsciiText(300));
                    request.Headers.AcceptLanguage.TryParseAdd("zh-TW");
                }
                HttpResponseMessage response;
                try { response = await (endpoint.Staff ? staff : anonymous).SendAsync(request); }
                catch (HttpRequestException e) { throw new Exception(request.ToString() + request.Content?.Headers, e); }
                if (await Problem(endpoint, response) is { } problem)
                {
                    failures.Add($"{problem} ← {endpoint.Name} {request.RequestUri?.OriginalString[..Math.Min(120, request.RequestUri.OriginalString.Length)]}");
                }
            }
        }

        output.WriteLine($"{endpoints.Count} endpoints × {CasesPerEndpoint} cases, seed {seed}");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(before, await fixture.CountRowsAsync());
    }

    [Fact]
    public async Task Requests_beyond_the_servers_own_limits_get_a_4xx_and_store_nothing()
    {
        using var client = fixture.Open.CreateClient();
        var before = await fixture.CountRowsAsync();

        using var hugeHeader = new HttpRequestMessage(HttpMethod.Post, "/api/complaints") { Content = new StringContent("{}", null, "application/json") };
        hugeHeader.Headers.TryAddWithoutValidation("X-Filler", new string('x', 64_000));
        using var hugeQuery = new HttpRequestMessage(HttpMethod.Get, "/api/surveys?q=" + new string('a', 20_000));
        using var chunked = new HttpRequestMessage(HttpMethod.Post, "/api/complaints") { Content = new StreamContent(new MemoryStream(new byte[100_000])) };
        chunked.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        chunked.Headers.TransferEncodingChunked = true;

        using var nulInPath = new HttpRequestMessage(HttpMethod.Post, "/api/surveys/counter%00/responses") { Content = new StringContent("{}", null, "application/json") };

        foreach (var request in new[] { hugeHeader, hugeQuery, chunked, nulInPath })
        {
            var status = (int)(await client.SendAsync(request)).StatusCode;
            Assert.InRange(status, 400, 499);
        }
        Assert.Equal(before, await fixture.CountRowsAsync());
    }

    private static async Task<string?> Problem(FuzzTargets.Target endpoint, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            return $"{status} {await response.Content.ReadAsStringAsync()}";
        }
        if (endpoint.Method == "POST" && status < 400)
        {
            return $"accepted with {status}";
        }
        if (status >= 400)
        {
            var type = response.Content.Headers.ContentType?.MediaType;
            var explained = type == "application/problem+json" || (endpoint.IsFormRoute && type == "text/html");
            return explained ? null : $"{status} with content type {type ?? "none"}";
        }
        return null;
    }
}
