using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Time;
using ServiceQuality.Integration.Tests.Builders;
using Xunit;

namespace ServiceQuality.Integration.Tests.Integrity;

/// <summary>A token survey retried with its Idempotency-Key is answered as the first time, not 409 "already used".</summary>
[Collection(IntegrityHostCollection.Name)]
public sealed class TokenRetryTests(IntegrityHostFixture fixture)
{
    [Fact]
    public async Task A_token_response_retried_with_the_same_key_after_success_replays_the_first_201()
    {
        using var client = fixture.Host.CreateClient();
        var token = await MintAsync("RETRY-SEQUENTIAL");

        var first = await PostAsync(client, token, "retry-sequential-1");
        var retry = await PostAsync(client, token, "retry-sequential-1");
        var otherKey = await PostAsync(client, token, "retry-sequential-2");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        var id = await IdAsync(first);
        Assert.Equal(id, await IdAsync(retry));
        Assert.Equal(HttpStatusCode.Conflict, otherKey.StatusCode);
        Assert.Equal(1, await StoredAsync(id));
    }

    [Fact]
    public async Task Concurrent_retries_of_a_token_response_with_one_key_all_get_the_same_201_and_one_response_is_stored()
    {
        using var client = fixture.Host.CreateClient();
        var token = await MintAsync("RETRY-CONCURRENT");

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => PostAsync(client, token, "retry-concurrent-1")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(IdAsync));
        Assert.Single(ids.Distinct());
        Assert.Equal(1, await StoredAsync(ids[0]));
    }

    private Task<string> MintAsync(string reference) => MintedToken.ForAsync(fixture.Machine, "taxi-meter", "office-north", reference);

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string token, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/surveys/taxi-meter/responses") { Content = SurveyResponseBody.TaxiMeter().WithToken(token).ToContent() };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    private static async Task<string> IdAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

    private async Task<int> StoredAsync(string id)
    {
        var store = fixture.Host.Services.GetRequiredService<ISurveyResponseStore>();
        var count = 0;
        await foreach (var response in store.ListMonthAsync("taxi-meter", MonthKey.Of(DateTimeOffset.UtcNow), CancellationToken.None))
        {
            count += response.Id == id ? 1 : 0;
        }
        return count;
    }
}
