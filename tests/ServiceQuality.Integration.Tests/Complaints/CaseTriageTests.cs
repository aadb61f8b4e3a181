using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using ServiceQuality.DevHosting;
using ServiceQuality.Integration.Tests.Builders;
using ServiceQuality.Integration.Tests.Hosting;
using ServiceQuality.Integration.Tests.Surveys;
using Xunit;

namespace ServiceQuality.Integration.Tests.Complaints;

[Collection(LocalHostCollection.Name)]
public sealed class CaseTriageTests(LocalHostFixture fixture) : IDisposable
{
    private readonly HttpClient _staff = fixture.Host.CreateStaffClient(TestStaff.Triage);

    public void Dispose() => _staff.Dispose();

    [Fact]
    public async Task Correcting_a_category_reroutes_the_case_records_who_did_it_and_keeps_a_training_label()
    {
        var number = await FileAsync("請問進口藍牙耳機需要申請檢驗嗎？");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{number}/category") { Content = Json(new { category = "regulation-inquiry" }) };
        // A name header anyone can send is not who acted: the signed-in person is.
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL-NAME", "chen.officer@agency.example");

        var response = await _staff.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var detail = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("regulation-inquiry", detail.GetProperty("category").GetString());
        Assert.Equal("inspection-1", detail.GetProperty("unit").GetString());
        var change = detail.GetProperty("history").EnumerateArray().Last(e => e.GetProperty("kind").GetString() == "category-changed");
        Assert.Equal("陳怡君 <chen.yijun@branch.example.gov.tw>", change.GetProperty("actor").GetString());
        var label = (await fixture.Tables.GetTableClient("TrainingLabels").GetEntityAsync<TableEntity>("complaint-category", number)).Value;
        Assert.Equal("regulation-inquiry", label.GetString("Label"));
        Assert.Equal("陳怡君 <chen.yijun@branch.example.gov.tw>", label.GetString("Actor"));
    }

    [Fact]
    public async Task A_case_is_replied_to_then_closed_and_a_closed_case_takes_no_more_replies()
    {
        var number = await FileAsync("計程車跳錶速度好像比平常快，想請你們檢查。");

        var early = await _staff.PostAsync($"/api/cases/{number}/close", Json(new { }));
        var reply = await _staff.PostAsync($"/api/cases/{number}/reply", Json(new { reply = "已派員檢查該車計費表，結果符合規定。" }));
        var close = await _staff.PostAsync($"/api/cases/{number}/close", Json(new { }));
        var late = await _staff.PostAsync($"/api/cases/{number}/reply", Json(new { reply = "補充說明" }));

        await SurveyResponseApiTests.AssertProblem(early, HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        var closed = await close.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("closed", closed.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, closed.GetProperty("repliedAt").ValueKind);
        await SurveyResponseApiTests.AssertProblem(late, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_opened_case_shows_its_text_and_contact_to_staff()
    {
        var body = ComplaintBody.Web().Without("subject").WithText("我買的電暖器沒有商品安全標章。");
        var filed = await fixture.Client.PostAsync("/api/complaints", body.ToContent());
        var number = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseNumber").GetString();

        var detail = await _staff.GetFromJsonAsync<JsonElement>($"/api/cases/{number}");

        Assert.Equal("我買的電暖器沒有商品安全標章。", detail.GetProperty("text").GetString());
        Assert.Equal(body.Email, detail.GetProperty("contact").GetProperty("email").GetString());
        Assert.False(detail.GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task Cases_are_listed_by_status_unit_and_category()
    {
        var number = await FileAsync("加油站的加油機好像少給油。");
        await _staff.PostAsync($"/api/cases/{number}/category", Json(new { category = "metrology-dispute" }));

        var byUnit = await _staff.GetFromJsonAsync<JsonElement>("/api/cases?unit=metrology&category=metrology-dispute");
        var closed = await _staff.GetFromJsonAsync<JsonElement>("/api/cases?status=closed&unit=metrology&category=metrology-dispute");

        Assert.Contains(byUnit.EnumerateArray(), c => c.GetProperty("caseNumber").GetString() == number);
        Assert.DoesNotContain(closed.EnumerateArray(), c => c.GetProperty("caseNumber").GetString() == number);
    }

    [Theory]
    [InlineData("/api/cases?status=lost", "status")]
    [InlineData("/api/cases?overdue=maybe", "overdue")]
    [InlineData("/api/cases?year=20x6", "year")]
    public async Task A_bad_filter_is_400_naming_it(string path, string field)
    {
        var problem = await SurveyResponseApiTests.AssertProblem(await _staff.GetAsync(path), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Bad_triage_input_gets_problem_details_and_changes_nothing()
    {
        var number = await FileAsync("網站登入一直失敗。");

        var unknownCategory = await _staff.PostAsync($"/api/cases/{number}/category", Json(new { category = "gossip" }));
        var emptyReply = await _staff.PostAsync($"/api/cases/{number}/reply", Json(new { reply = "  " }));
        var notJson = await _staff.PostAsync($"/api/cases/{number}/reply", new StringContent("hello", Encoding.UTF8, "text/plain"));
        var missing = await _staff.GetAsync("/api/cases/2026-999999");
        var malformed = await _staff.GetAsync("/api/cases/not-a-case");

        await SurveyResponseApiTests.AssertProblem(unknownCategory, HttpStatusCode.BadRequest);
        await SurveyResponseApiTests.AssertProblem(emptyReply, HttpStatusCode.BadRequest);
        await SurveyResponseApiTests.AssertProblem(notJson, HttpStatusCode.UnsupportedMediaType);
        await SurveyResponseApiTests.AssertProblem(missing, HttpStatusCode.NotFound);
        await SurveyResponseApiTests.AssertProblem(malformed, HttpStatusCode.NotFound);
        var detail = await _staff.GetFromJsonAsync<JsonElement>($"/api/cases/{number}");
        Assert.Equal(JsonValueKind.Null, detail.GetProperty("reply").ValueKind);
        Assert.DoesNotContain(detail.GetProperty("history").EnumerateArray(), e => e.GetProperty("kind").GetString() == "category-changed");
    }

    private async Task<string> FileAsync(string text)
    {
        var response = await fixture.Client.PostAsync("/api/complaints", ComplaintBody.Web().Without("subject").WithText(text).ToContent());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseNumber").GetString()!;
    }

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
}
