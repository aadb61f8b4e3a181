using ServiceQuality.DevHosting;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceQuality.Integration.Tests.Builders;
using ServiceQuality.Integration.Tests.Hosting;
using Xunit;

namespace ServiceQuality.Integration.Tests.SurveyTokens;

[Collection(LocalHostCollection.Name)]
public sealed class PersonalDataMaskingTests(LocalHostFixture fixture) : IDisposable
{
    private readonly HttpClient _staff = fixture.Host.CreateStaffClient(TestStaff.Triage);

    public void Dispose() => _staff.Dispose();

    [Fact]
    public async Task A_complaint_is_stored_masked_while_its_contact_record_keeps_the_citizens_own_details()
    {
        var body = ComplaintBody.Web().WithText("計程車ＡＢＣ－１２３４跳表太快，我的身分證A123456789，請打０９１２３４５６７８回覆，案號 2026-000001 相關。");
        var filed = await fixture.Client.PostAsync("/api/complaints", body.ToContent());
        Assert.Equal(HttpStatusCode.Accepted, filed.StatusCode);
        var number = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseNumber").GetString();

        var detail = await _staff.GetFromJsonAsync<JsonElement>($"/api/cases/{number}");

        var text = detail.GetProperty("text").GetString();
        Assert.Equal("計程車[plate]跳表太快，我的身分證[id]，請打[phone]回覆，案號 2026-000001 相關。", text);
        Assert.Contains("02-2345-6789", detail.GetRawText());
    }

    [Fact]
    public async Task A_survey_comment_is_stored_masked()
    {
        var response = await fixture.Client.PostAsync("/api/surveys/counter/responses", SurveyResponseBody.Counter().WithComment("請寄到 wang@example.com 或打 0912-345-678").ToContent());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString()!;
        var month = DateTimeOffset.Parse(created.GetProperty("submittedAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

        var row = (await fixture.Tables.GetTableClient("SurveyResponses").GetEntityAsync<Azure.Data.Tables.TableEntity>($"counter_{month}", id)).Value;

        var answers = JsonSerializer.Deserialize<Dictionary<string, string>>(row.GetString("Answers"))!;
        Assert.Equal("請寄到 [email] 或打 [phone]", answers["comment"]);
        Assert.DoesNotContain("wang@example.com", row.GetString("Answers"));
    }
}
