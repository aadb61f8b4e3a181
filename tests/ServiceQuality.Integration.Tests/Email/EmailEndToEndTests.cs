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
    private readonly HttpClient _staff = fixture.Host.CreateStaffClient(TestStaff.Triage);
    private readonly HttpClient _admin = fixture.Host.CreateStaffClient(TestStaff.Admin);

    public void Dispose()
    {
        _staff.Dispose();
        _admin.Dispose();
    }

    [Fact]
    public async Task Filing_a_complaint_with_an_email_puts_an_acknowledgement_with_case_number_due_date_and_status_link_in_the_outbox()
    {
        var filed = await FileAsync();

        var email = await OutboxEmailAsync($"acknowledgement-{filed.Number}");

        Assert.Equal(filed.Email, email.GetProperty("to").GetString());
        Assert.Contains(filed.Number, email.GetProperty("subject").GetString());
        Assert.Contains(filed.DueDate, email.GetProperty("textBody").GetString());
        Assert.Contains(filed.DueDate, email.GetProperty("htmlBody").GetString());
        Assert.Contains(filed.StatusUrl, email.GetProperty("link").GetString());
    }

    [Fact]
    public async Task A_complaint_whose_subject_contains_a_url_produces_an_acknowledgement_without_it()
    {
        var body = ComplaintBody.Web()
            .With("subject", "您的退稅款待領取，請於今日至 https://evil.example/refund 登入領取")
            .WithText("退稅請點 www.phish.example/tax 並輸入帳號密碼，逾期失效。");
        var filed = await FileAsync(body);

        var email = await OutboxEmailAsync($"acknowledgement-{filed.Number}");

        var all = string.Concat(new[] { "subject", "textBody", "htmlBody", "link" }.Select(p => email.GetProperty(p).GetString()));
        Assert.DoesNotContain("evil.example", all);
        Assert.DoesNotContain("phish.example", all);
        Assert.DoesNotContain("退稅", all);
        Assert.Contains(filed.Number, email.GetProperty("subject").GetString());
    }

    [Fact]
    public async Task Two_acknowledgements_beyond_the_per_address_limit_are_not_sent_and_the_complaints_are_still_filed()
    {
        var address = $"flooded-{Guid.NewGuid():N}@example.com";
        var numbers = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var response = await fixture.Client.PostAsync("/api/complaints", ComplaintBody.Web().With("email", address).WithText($"第 {i + 1} 件：加油站的加油機好像少給油。").ToContent());
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            numbers.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseNumber").GetString()!);
        }

        foreach (var number in numbers.Take(3))
        {
            await OutboxEmailAsync($"acknowledgement-{number}");
        }
        var outbox = (await _admin.GetFromJsonAsync<JsonElement>("/api/outbox")).EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.DoesNotContain($"acknowledgement-{numbers[3]}", outbox);
        Assert.DoesNotContain($"acknowledgement-{numbers[4]}", outbox);
        foreach (var number in numbers.Skip(3))
        {
            var stored = await _staff.GetFromJsonAsync<JsonElement>($"/api/cases/{number}");
            Assert.Contains(stored.GetProperty("history").EnumerateArray(), e => e.GetProperty("kind").GetString() == "acknowledgement-withheld");
        }
    }

    [Fact]
    public async Task A_reply_to_an_unconfirmed_address_is_a_notice_without_the_reply_and_the_status_page_shows_it()
    {
        var filed = await FileAsync();
        const string reply = "已派員檢查該加油機，請來電 (02)2345-0000 洽詢。";

        await _staff.PostAsync($"/api/cases/{filed.Number}/reply", JsonContent.Create(new { reply }));
        var notice = await OutboxEmailAsync($"reply-notice-{filed.Number}-", prefix: true);
        var page = await fixture.Client.GetStringAsync(filed.StatusUrl);

        Assert.DoesNotContain("已派員檢查", notice.GetProperty("textBody").GetString());
        Assert.DoesNotContain("已派員檢查", notice.GetProperty("htmlBody").GetString());
        Assert.Contains(filed.StatusUrl, notice.GetProperty("link").GetString());
        Assert.Contains(System.Net.WebUtility.HtmlEncode(reply), page);
    }

    [Fact]
    public async Task Closing_a_replied_case_sends_an_invitation_whose_link_opens_the_petition_survey_once_and_only_once()
    {
        var filed = await FileAsync();
        await _staff.PostAsync($"/api/cases/{filed.Number}/reply", JsonContent.Create(new { reply = "已派員檢查，結果符合規定。" }));
        await _staff.PostAsync($"/api/cases/{filed.Number}/close", JsonContent.Create(new { }));
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
    public async Task A_confirmed_address_gets_the_reply_as_stored_with_the_agencys_number_kept_and_the_citizens_masked()
    {
        var filed = await FileAsync();
        await ConfirmAddressAsync(filed.Number);
        const string reply = "請來電本局 (02)2345-0000 洽詢；您留的 0912-345-678 已轉承辦人。";

        await _staff.PostAsync($"/api/cases/{filed.Number}/reply", JsonContent.Create(new { reply }));
        var email = await OutboxEmailAsync($"reply-{filed.Number}-", prefix: true);
        var stored = (await _staff.GetFromJsonAsync<JsonElement>($"/api/cases/{filed.Number}")).GetProperty("reply").GetString()!;

        Assert.Equal("請來電本局 (02)2345-0000 洽詢；您留的 [phone] 已轉承辦人。", stored);
        Assert.Contains(stored, email.GetProperty("textBody").GetString());
        Assert.DoesNotContain("0912-345-678", email.GetProperty("textBody").GetString());
        Assert.DoesNotContain("0912-345-678", email.GetProperty("htmlBody").GetString());
    }

    [Fact]
    public async Task The_confirmation_link_of_the_acknowledgement_confirms_the_address_only_when_the_button_is_pressed()
    {
        var filed = await FileAsync();
        var link = new Uri((await OutboxEmailAsync($"acknowledgement-{filed.Number}")).GetProperty("link").GetString()!).PathAndQuery;

        var opened = await fixture.Client.GetStringAsync(link);
        await _staff.PostAsync($"/api/cases/{filed.Number}/reply", JsonContent.Create(new { reply = "第一次回覆。" }));
        await OutboxEmailAsync($"reply-notice-{filed.Number}-", prefix: true);
        await ConfirmAddressAsync(filed.Number);
        var confirmed = await fixture.Client.GetStringAsync(link);
        await _staff.PostAsync($"/api/cases/{filed.Number}/reply", JsonContent.Create(new { reply = "第二次回覆。" }));
        var full = await OutboxEmailAsync($"reply-{filed.Number}-", prefix: true);

        Assert.Contains("action=\"/complaints/confirm\"", opened);
        Assert.Contains("您的電子郵件地址已確認", confirmed);
        Assert.Contains("第二次回覆。", full.GetProperty("textBody").GetString());
    }

    [Fact]
    public async Task The_status_page_needs_the_cases_own_token_and_the_old_receipt_is_gone()
    {
        var filed = await FileAsync();
        var other = await FileAsync();
        var token = filed.StatusUrl.Split("token=")[1].Split('&')[0];

        var own = await fixture.Client.GetAsync(filed.StatusUrl);
        var fullWidth = await fixture.Client.GetAsync($"/complaints/status?case={Uri.EscapeDataString(FullWidth(filed.Number))}&token={token}");
        var swapped = await fixture.Client.GetAsync($"/complaints/status?case={other.Number}&token={token}");
        var missing = await fixture.Client.GetAsync($"/complaints/status?case={filed.Number}");
        var receipt = await fixture.Client.GetAsync($"/complaints/filed/{filed.Number}");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var html = await own.Content.ReadAsStringAsync();
        Assert.Contains(filed.Number, html);
        Assert.Contains(filed.DueDate, html);
        Assert.Equal(HttpStatusCode.OK, fullWidth.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, swapped.StatusCode);
        Assert.DoesNotContain(other.Number, await swapped.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, receipt.StatusCode);
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
    public async Task The_outbox_page_is_for_admins_and_shows_invitation_links_as_links()
    {
        var filed = await FileAsync();
        await _staff.PostAsync($"/api/cases/{filed.Number}/reply", JsonContent.Create(new { reply = "已處理。" }));
        await _staff.PostAsync($"/api/cases/{filed.Number}/close", JsonContent.Create(new { }));
        await OutboxEmailAsync($"survey-invitation-{filed.Number}");

        var anonymous = await fixture.Client.GetAsync("/outbox");
        var withKey = await fixture.Client.GetAsync($"/outbox?code={LocalHostInstance.StaffKey}");
        var triage = await _staff.GetAsync("/outbox");
        var page = await _admin.GetAsync("/outbox");

        Assert.Equal("/staff/sign-in?returnUrl=%2Foutbox", anonymous.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, withKey.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, triage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("class=\"outbox-link\" href=\"http://127.0.0.1:7071/surveys/petition?token=", html);
        Assert.Contains("滿意度問卷邀請（中文）", html);
        Assert.DoesNotContain("survey-invitation (zh-TW)", html);
    }

    private async Task<(string Number, string DueDate, string Email, string StatusUrl)> FileAsync(ComplaintBody? complaint = null)
    {
        complaint ??= ComplaintBody.Web();
        var response = await fixture.Client.PostAsync("/api/complaints", complaint.ToContent());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("caseNumber").GetString()!, body.GetProperty("dueDate").GetString()!, complaint.Email!, body.GetProperty("statusUrl").GetString()!);
    }

    /// <summary>What the citizen does: open the acknowledgement's link and press the confirmation button.</summary>
    private async Task ConfirmAddressAsync(string number)
    {
        var link = new Uri((await OutboxEmailAsync($"acknowledgement-{number}")).GetProperty("link").GetString()!);
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        var response = await fixture.Client.PostAsync("/complaints/confirm", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["case"] = query["case"]!,
            ["token"] = query["token"]!,
            ["confirm"] = query["confirm"]!,
            ["lang"] = "zh-TW",
        }));
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
    }

    private static string FullWidth(string number) =>
        new(number.Select(c => c switch { >= '0' and <= '9' => (char)(c - '0' + '０'), '-' => '－', _ => c }).ToArray());

    private async Task<JsonElement> OutboxEmailAsync(string id, bool prefix = false) =>
        (await Eventually.GetAsync<JsonElement[]>(async () =>
        {
            var list = await _admin.GetFromJsonAsync<JsonElement>("/api/outbox");
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
