using ServiceQuality.DevHosting;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using ServiceQuality.Integration.Tests.Builders;
using ServiceQuality.Integration.Tests.Hosting;
using ServiceQuality.Integration.Tests.Surveys;
using Xunit;

namespace ServiceQuality.Integration.Tests.Etiquette;

[Collection(LocalHostCollection.Name)]
public sealed class EtiquetteTestApiTests(LocalHostFixture fixture) : IDisposable
{
    private const string Tests = "/api/etiquette-tests";

    private readonly HttpClient _staff = fixture.Host.CreateStaffClient(TestStaff.EtiquetteTester);

    private TableClient TestTable => fixture.Tables.GetTableClient("EtiquetteTests");

    public void Dispose() => _staff.Dispose();

    [Fact]
    public async Task A_valid_test_is_created_with_its_total_and_grade_and_stored_in_its_taipei_month()
    {
        // 23:30 on 31 March in Taipei is 15:30 UTC: the test belongs to March.
        var body = EtiquetteTestBody.Valid().At($"{TestYears.Last}-03-31T15:30:00Z").Totalling(85).With("notes", "語氣親切，轉接稍慢。");

        var response = await _staff.PostAsync(Tests, body.ToContent());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var test = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(85, test.GetProperty("total").GetInt32());
        Assert.Equal("satisfactory", test.GetProperty("grade").GetString());
        Assert.Equal($"{TestYears.Last}-03", test.GetProperty("month").GetString());
        Assert.Equal($"{TestYears.Last}-P1", test.GetProperty("period").GetString());
        var entity = (await TestTable.GetEntityAsync<TableEntity>($"{TestYears.Last}-03", test.GetProperty("id").GetString())).Value;
        Assert.Equal(85, entity.GetInt32("Total"));
        Assert.Equal("metrology", entity.GetString("UnitId"));
        Assert.Equal("張家豪 <chang.chiahao@branch.example.gov.tw>", entity.GetString("RecordedBy"));
    }

    [Fact]
    public async Task A_test_below_70_is_due_for_retest_30_days_later()
    {
        var response = await _staff.PostAsync(Tests, EtiquetteTestBody.Valid().At($"{TestYears.Last}-03-10T09:00:00+08:00").Totalling(60).ToContent());

        var test = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("retest", test.GetProperty("grade").GetString());
        Assert.Equal($"{TestYears.Last}-04-09", test.GetProperty("retestDue").GetString());
    }

    [Fact]
    public async Task A_test_dated_1900_is_400_naming_testedAt_and_stores_nothing()
    {
        var before = await CountAsync(_ => true);

        var response = await _staff.PostAsync(Tests, EtiquetteTestBody.Valid().At("1900-01-01T10:00:00+08:00").ToContent());

        var problem = await SurveyResponseApiTests.AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("testedAt", out _));
        Assert.Equal(before, await CountAsync(_ => true));
    }

    [Fact]
    public async Task Posting_a_test_twice_with_the_same_key_stores_one()
    {
        var key = Guid.NewGuid().ToString();
        var body = EtiquetteTestBody.Valid().At($"{TestYears.Last}-02-14T11:00:00+08:00").Totalling(92);

        var first = await PostAsync(body.ToContent(), key);
        var second = await PostAsync(body.ToContent(), key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var id = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.Equal(id, (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());
        Assert.True(second.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, await CountAsync(e => e.RowKey == id));
    }

    [Theory]
    [InlineData("unknown unit", "unit")]
    [InlineData("unknown item", "scores.smiling")]
    [InlineData("score out of range", "scores.greeting")]
    [InlineData("missing item", "scores.closing")]
    [InlineData("tested in the future", "testedAt")]
    [InlineData("unparseable time", "testedAt")]
    [InlineData("notes too long", "notes")]
    [InlineData("neither staff nor extension", "staff")]
    [InlineData("malformed json", "body")]
    [InlineData("reused key", null)]
    public async Task Each_bad_input_is_a_problem_naming_the_field_and_stores_nothing(string @case, string? field)
    {
        var reusedKey = Guid.NewGuid().ToString();
        if (@case == "reused key")
        {
            await PostAsync(EtiquetteTestBody.Valid().At($"{TestYears.Last}-01-20T10:00:00+08:00").ToContent(), reusedKey);
        }
        var before = await CountAsync(_ => true);
        HttpContent content = @case switch
        {
            "unknown unit" => EtiquetteTestBody.Valid().In("no-such-unit").ToContent(),
            "unknown item" => EtiquetteTestBody.Valid().Score("smiling", 5).ToContent(),
            "score out of range" => EtiquetteTestBody.Valid().Score("greeting", 21).ToContent(),
            "missing item" => EtiquetteTestBody.Valid().Without("closing").ToContent(),
            "tested in the future" => EtiquetteTestBody.Valid().At(DateTimeOffset.UtcNow.AddDays(1).ToString("O")).ToContent(),
            "unparseable time" => EtiquetteTestBody.Valid().At("next Tuesday").ToContent(),
            "notes too long" => EtiquetteTestBody.Valid().With("notes", new string('很', 1001)).ToContent(),
            "neither staff nor extension" => EtiquetteTestBody.Valid().With("staff", null).With("extension", "").ToContent(),
            "malformed json" => new StringContent("{\"scores\": {", Encoding.UTF8, "application/json"),
            _ => EtiquetteTestBody.Valid().At($"{TestYears.Last}-01-20T10:00:00+08:00").Totalling(50).ToContent(),
        };

        var response = @case == "reused key" ? await PostAsync(content, reusedKey) : await _staff.PostAsync(Tests, content);

        if (field is null)
        {
            await SurveyResponseApiTests.AssertProblem(response, HttpStatusCode.UnprocessableEntity);
        }
        else
        {
            var problem = await SurveyResponseApiTests.AssertProblem(response, HttpStatusCode.BadRequest);
            Assert.Equal([field], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        }
        Assert.Equal(before, await CountAsync(_ => true));
    }

    [Fact]
    public async Task A_body_over_32_kilobytes_is_413_and_stores_nothing()
    {
        var before = await CountAsync(_ => true);

        var response = await _staff.PostAsync(Tests, EtiquetteTestBody.Valid().With("notes", new string('a', 33 * 1024)).ToContent());

        await SurveyResponseApiTests.AssertProblem(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(before, await CountAsync(_ => true));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task A_body_that_is_not_json_is_415_and_stores_nothing(string mediaType)
    {
        var before = await CountAsync(_ => true);

        var response = await _staff.PostAsync(Tests, EtiquetteTestBody.Valid().ToContent(mediaType));

        await SurveyResponseApiTests.AssertProblem(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(before, await CountAsync(_ => true));
    }

    [Fact]
    public async Task Problems_are_in_chinese_when_the_client_asks_for_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Tests) { Content = EtiquetteTestBody.Valid().In("nowhere").ToContent() };
        request.Headers.AcceptLanguage.ParseAdd("zh-TW");

        var problem = await SurveyResponseApiTests.AssertProblem(await _staff.SendAsync(request), HttpStatusCode.BadRequest);

        Assert.Equal("查無此單位。", problem.GetProperty("errors").GetProperty("unit")[0].GetString());
    }

    [Theory]
    [InlineData("POST", "/api/etiquette-tests")]
    [InlineData("GET", "/api/etiquette-tests")]
    [InlineData("GET", "/api/etiquette-tests/coverage")]
    [InlineData("GET", "/api/etiquette-tests/figures")]
    [InlineData("GET", "/etiquette-tests/new")]
    [InlineData("POST", "/etiquette-tests/new")]
    [InlineData("GET", "/etiquette-tests/2025-03/abc")]
    public async Task An_etiquette_endpoint_without_a_signed_in_person_is_refused_and_stores_nothing(string method, string path)
    {
        var before = await CountAsync(_ => true);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = EtiquetteTestBody.Valid().ToContent();
        }

        var response = await fixture.Client.SendAsync(request);

        if (path.StartsWith("/api/", StringComparison.Ordinal))
        {
            await SurveyResponseApiTests.AssertProblem(response, HttpStatusCode.Unauthorized);
        }
        else
        {
            // A page sends the browser to the development sign-in and back.
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/staff/sign-in?returnUrl=" + Uri.EscapeDataString(path), response.Headers.Location!.OriginalString);
        }
        Assert.Equal(before, await CountAsync(_ => true));
    }

    [Fact]
    public async Task The_list_filters_by_year_month_and_unit()
    {
        var created = await _staff.PostAsync(Tests, EtiquetteTestBody.Valid().At($"{TestYears.Last}-06-03T10:00:00+08:00").In("office-south").ToContent());
        await _staff.PostAsync(Tests, EtiquetteTestBody.Valid().At($"{TestYears.Last}-06-04T10:00:00+08:00").In("accounting").ToContent());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var list = await _staff.GetFromJsonAsync<JsonElement>($"{Tests}?year={TestYears.Last}&month=6&unit=office-south");
        var badMonth = await _staff.GetAsync($"{Tests}?year={TestYears.Last}&month=13");

        Assert.Equal([id], list.EnumerateArray().Select(t => t.GetProperty("id").GetString()));
        var problem = await SurveyResponseApiTests.AssertProblem(badMonth, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("month", out _));
    }

    private async Task<HttpResponseMessage> PostAsync(HttpContent content, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Tests) { Content = content };
        request.Headers.Add("Idempotency-Key", key);
        return await _staff.SendAsync(request);
    }

    private async Task<int> CountAsync(Func<TableEntity, bool> predicate)
    {
        var count = 0;
        await foreach (var entity in TestTable.QueryAsync<TableEntity>(select: ["RowKey"]))
        {
            count += predicate(entity) ? 1 : 0;
        }
        return count;
    }
}
