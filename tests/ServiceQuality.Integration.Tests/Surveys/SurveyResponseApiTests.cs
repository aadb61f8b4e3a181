using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using ServiceQuality.Domain.Time;
using ServiceQuality.Integration.Tests.Builders;
using ServiceQuality.Integration.Tests.Hosting;
using Xunit;

namespace ServiceQuality.Integration.Tests.Surveys;

[Collection(LocalHostCollection.Name)]
public sealed class SurveyResponseApiTests(LocalHostFixture fixture)
{
    private const string Responses = "/api/surveys/counter/responses";

    private TableClient ResponseTable => fixture.Tables.GetTableClient("SurveyResponses");

    private static string ThisMonthsPartition => $"counter_{MonthKey.Of(DateTimeOffset.UtcNow)}";

    [Fact]
    public async Task A_valid_counter_response_is_created_and_stored_in_its_survey_month_partition()
    {
        var response = await fixture.Client.PostAsync(Responses, SurveyResponseBody.Counter().With("explanation", "na").ToContent());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var entity = (await ResponseTable.GetEntityAsync<TableEntity>(ThisMonthsPartition, id)).Value;
        Assert.Equal("metrology", entity.GetString("UnitId"));
        Assert.Equal("counter", entity.GetString("Channel"));
        var answers = JsonSerializer.Deserialize<Dictionary<string, string>>(entity.GetString("Answers"))!;
        Assert.Equal("5", answers["overall"]);
        Assert.Equal("na", answers["explanation"]);
    }

    [Fact]
    public async Task Posting_a_response_twice_with_the_same_key_stores_one_row()
    {
        var key = Guid.NewGuid().ToString();
        var body = SurveyResponseBody.Counter().With("overall", 3);
        var before = await CountAsync(_ => true);

        var first = await PostAsync(body.ToContent(), key);
        var second = await PostAsync(body.ToContent(), key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var firstId = await IdOf(first);
        Assert.Equal(firstId, await IdOf(second));
        Assert.True(second.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, await CountAsync(e => e.RowKey == firstId));
        // The response is its own claim of the key: no second row records the key.
        Assert.Equal(before + 1, await CountAsync(_ => true));
    }

    [Fact]
    public async Task Concurrent_retries_with_one_key_store_one_response()
    {
        var key = Guid.NewGuid().ToString();
        var body = SurveyResponseBody.Counter().With("overall", 2);

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => PostAsync(body.ToContent(), key)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        var ids = await Task.WhenAll(answers.Select(IdOf));
        Assert.Single(ids.Distinct());
    }

    [Fact]
    public async Task Reusing_a_key_for_different_answers_is_refused_and_stores_nothing_new()
    {
        var key = Guid.NewGuid().ToString();
        await PostAsync(SurveyResponseBody.Counter().With("overall", 5).ToContent(), key);
        var before = await CountAsync(_ => true);

        var reused = await PostAsync(SurveyResponseBody.Counter().With("overall", 1).ToContent(), key);

        await AssertProblem(reused, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(before, await CountAsync(_ => true));
    }

    [Fact]
    public async Task A_response_to_an_unknown_survey_is_404_with_problem_details()
    {
        var response = await fixture.Client.PostAsync("/api/surveys/no-such-survey/responses", SurveyResponseBody.Counter().ToContent());

        await AssertProblem(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Each_invalid_answer_is_named_in_the_problem_and_nothing_is_stored()
    {
        var before = await CountAsync(_ => true);
        var body = SurveyResponseBody.Counter().Without("overall").With("waiting-time", 9).With("favourite-colour", 1);

        var response = await fixture.Client.PostAsync(Responses, body.ToContent());

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order().ToList();
        Assert.Equal(["answers.favourite-colour", "answers.overall", "answers.waiting-time"], fields);
        await Task.Delay(300);
        Assert.Equal(before, await CountAsync(_ => true));
    }

    [Fact]
    public async Task A_body_over_32_kilobytes_is_413_and_nothing_is_stored()
    {
        var before = await CountAsync(_ => true);
        var body = SurveyResponseBody.Counter().WithComment(new string('a', 33 * 1024));

        var response = await fixture.Client.PostAsync(Responses, body.ToContent());

        await AssertProblem(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(before, await CountAsync(_ => true));
    }

    [Fact]
    public async Task A_body_over_the_limit_without_a_content_length_is_413()
    {
        var json = SurveyResponseBody.Counter().WithComment(new string('a', 40 * 1024)).ToJson();
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, Responses) { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await fixture.Client.SendAsync(request);

        await AssertProblem(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Malformed_json_is_400_naming_the_body()
    {
        var response = await fixture.Client.PostAsync(Responses, new StringContent("{\"answers\": {", Encoding.UTF8, "application/json"));

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("body", out _));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/xml")]
    public async Task A_body_that_is_not_json_is_415(string mediaType)
    {
        var response = await fixture.Client.PostAsync(Responses, SurveyResponseBody.Counter().ToContent(mediaType));

        await AssertProblem(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_malformed_idempotency_key_is_400()
    {
        var response = await PostAsync(SurveyResponseBody.Counter().ToContent(), "not a valid key!");

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("Idempotency-Key", out _));
    }

    [Fact]
    public async Task Problems_are_in_chinese_when_the_client_asks_for_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Responses) { Content = SurveyResponseBody.Counter().Without("overall").ToContent() };
        request.Headers.AcceptLanguage.ParseAdd("zh-TW");

        var problem = await AssertProblem(await fixture.Client.SendAsync(request), HttpStatusCode.BadRequest);

        Assert.Equal("此題為必答題。", problem.GetProperty("errors").GetProperty("answers.overall")[0].GetString());
    }

    [Fact]
    public async Task The_survey_list_and_a_definition_are_served_as_json()
    {
        var list = await fixture.Client.GetFromJsonAsync<JsonElement>("/api/surveys");
        var counter = await fixture.Client.GetFromJsonAsync<JsonElement>("/api/surveys/counter");
        var missing = await fixture.Client.GetAsync("/api/surveys/nope");

        Assert.Equal(6, list.GetArrayLength());
        Assert.Equal("臨櫃服務滿意度調查", counter.GetProperty("title").GetProperty("zh-TW").GetString());
        Assert.Single(counter.GetProperty("questions").EnumerateArray(), q => q.GetProperty("overall").GetBoolean());
        Assert.True(counter.GetProperty("units").GetArrayLength() > 0);
        await AssertProblem(missing, HttpStatusCode.NotFound);
    }

    private async Task<HttpResponseMessage> PostAsync(HttpContent content, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Responses) { Content = content };
        request.Headers.Add("Idempotency-Key", key);
        return await fixture.Client.SendAsync(request);
    }

    private static async Task<string> IdOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

    private async Task<int> CountAsync(Func<TableEntity, bool> predicate)
    {
        var count = 0;
        await foreach (var entity in ResponseTable.QueryAsync<TableEntity>(select: ["RowKey"]))
        {
            count += predicate(entity) ? 1 : 0;
        }
        return count;
    }

    internal static async Task<JsonElement> AssertProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }
}
