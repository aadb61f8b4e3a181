using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ServiceQuality.Integration.Tests.Builders;
using ServiceQuality.Integration.Tests.Hosting;
using ServiceQuality.Integration.Tests.Surveys;
using ServiceQuality.DevHosting;
using Xunit;

namespace ServiceQuality.Integration.Tests.Email;

/// <summary>Without a SendGrid key, through the local host: case e-mails land in the outbox, and an invitation opens the petition survey once.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class EmailEndToEndTests(LocalHostFixture fixture) : IDisposable
{
    private readonly HttpClient _staff = fixture.Host.CreateStaffClient();

    public void Dispose() => _staff.Dispose();

    [Fact]
    public async Task Filing_a_complaint_with_an_email_puts_an_acknowledgement_with_case_number_and_due_date_in_the_outbox()
    {
        var filed = await FileAsync();

        var email = await OutboxEmailAsync($"acknowledgement-{filed.Number}");

        Assert.Equal("citizen@example.com", email.GetProperty("to").GetString());
        Assert.Contains(filed.Number, email.GetProperty("subject").GetString());
        Assert.Contains(filed.DueDate, email.GetProperty("textBody").GetString());
        Assert.Contains(filed.DueDate, email.GetProperty("htmlBody").GetString());
    }

    [Fact]
    public async Task Closing_a_replied_case_sends_an_invitation_whose_link_opens_the_petition_survey_once_and_only_once()
    {
        var filed = await FileAsync();
        await _staff.PostAsync($"/api/cases/{filed.Number}/reply", JsonContent.Create(new { reply = "已派員檢查，結果符合規定。" }));
        await _staff.PostAsync($"/api/cases/{filed.Number}/close", null);
        await OutboxEmailAsync($"reply-{filed.Number}-", prefix: true);
        var invitation = await OutboxEmailAsync($"survey-invitation-{filed.Number}");
        var link = new Uri(invitation.GetProperty("link").GetString()!).PathAndQuery;
        var token = Uri.UnescapeDataString(link.Split("token=")[1].Split('&')[0]);

        var form = await fixture.Client.GetAsync(link);
        var first = await fixture.Client.PostAsync("/surveys/petition?lang=zh-TW", Answers(token));
        var second = await fixture.Client.PostAsync("/surveys/petition?lang=zh-TW", Answers(token));
        var reopened = await fixture.Client.GetAsync(link);
        var api = await fixture.Client.PostAsync("/api/surveys/petition/responses", ApiAnswers(token));

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("name=\"token\"", await form.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("您已填答過本問卷", await second.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, reopened.StatusCode);
        await SurveyResponseApiTests.AssertProblem(api, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_reply_email_gives_the_citizen_the_number_staff_wrote_while_the_stored_case_keeps_it_masked()
    {
        var filed = await FileAsync();
        const string reply = "請來電本局度量衡科 02-2343-1234 洽詢。";

        await _staff.PostAsync($"/api/cases/{filed.Number}/reply", JsonContent.Create(new { reply }));
        var email = await OutboxEmailAsync($"reply-{filed.Number}-", prefix: true);
        var stored = await _staff.GetFromJsonAsync<JsonElement>($"/api/cases/{filed.Number}");

        Assert.Contains("02-2343-1234", email.GetProperty("textBody").GetString());
        Assert.Contains("02-2343-1234", email.GetProperty("htmlBody").GetString());
        Assert.DoesNotContain("02-2343-1234", stored.GetRawText());
    }

    [Fact]
    public async Task The_petition_survey_refuses_responses_without_a_valid_invitation()
    {
        var none = await fixture.Client.PostAsync("/api/surveys/petition/responses", ApiAnswers(null));
        using var malformedRequest = new HttpRequestMessage(HttpMethod.Post, "/api/surveys/petition/responses") { Content = ApiAnswers(null) };
        malformedRequest.Headers.Add("X-Survey-Token", "not-a-token");
        var malformed = await fixture.Client.SendAsync(malformedRequest);
        var forged = await fixture.Client.PostAsync("/api/surveys/petition/responses", ApiAnswers("eyJpZCI6IngifQ.c2lnbmF0dXJl"));
        var page = await fixture.Client.GetAsync("/surveys/petition");

        await SurveyResponseApiTests.AssertProblem(none, HttpStatusCode.Forbidden);
        await SurveyResponseApiTests.AssertProblem(malformed, HttpStatusCode.BadRequest);
        await SurveyResponseApiTests.AssertProblem(forged, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("本問卷僅限受邀者填答", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_outbox_page_needs_the_staff_key_and_shows_invitation_links_as_links()
    {
        var filed = await FileAsync();
        await _staff.PostAsync($"/api/cases/{filed.Number}/reply", JsonContent.Create(new { reply = "已處理。" }));
        await _staff.PostAsync($"/api/cases/{filed.Number}/close", null);
        await OutboxEmailAsync($"survey-invitation-{filed.Number}");

        var anonymous = await fixture.Client.GetAsync("/outbox");
        var page = await fixture.Client.GetAsync($"/outbox?code={LocalHostInstance.StaffKey}");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("class=\"outbox-link\" href=\"http://127.0.0.1:7071/surveys/petition?token=", html);
    }

    private async Task<(string Number, string DueDate)> FileAsync()
    {
        var response = await fixture.Client.PostAsync("/api/complaints", ComplaintBody.Web().ToContent());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("caseNumber").GetString()!, body.GetProperty("dueDate").GetString()!);
    }

    private async Task<JsonElement> OutboxEmailAsync(string id, bool prefix = false) =>
        (await Eventually.GetAsync<JsonElement[]>(async () =>
        {
            var list = await _staff.GetFromJsonAsync<JsonElement>("/api/outbox");
            foreach (var email in list.EnumerateArray())
            {
                var emailId = email.GetProperty("id").GetString()!;
                if (prefix ? emailId.StartsWith(id, StringComparison.Ordinal) : emailId == id)
                {
                    return [email];
                }
            }
            return null;
        }))[0];

    private FormUrlEncodedContent Answers(string token) => new(new Dictionary<string, string>(Builders.FormTokenFor.NewForm(fixture.Host))
    {
        ["answers.reply-timeliness"] = "4",
        ["answers.reply-clarity"] = "5",
        ["answers.problem-addressed"] = "4",
        ["answers.overall"] = "5",
        ["lang"] = "zh-TW",
        ["channel"] = "email",
        ["token"] = token,
    });

    private static StringContent ApiAnswers(string? token) => new(
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["answers"] = new Dictionary<string, int> { ["reply-timeliness"] = 4, ["reply-clarity"] = 5, ["problem-addressed"] = 4, ["overall"] = 5 },
            ["channel"] = "email",
            ["token"] = token,
        }),
        Encoding.UTF8,
        "application/json");
}
