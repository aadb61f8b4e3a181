using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ServiceQuality.Domain.Email;
using ServiceQuality.Handlers.Timers;
using ServiceQuality.Integration.Tests.Builders;
using ServiceQuality.DevHosting;
using Xunit;

namespace ServiceQuality.Integration.Tests.Privacy;

public sealed class PrivacyTests(PrivacyHostFixture fixture) : IClassFixture<PrivacyHostFixture>
{
    private const string Email = "lin.meiling@example.tw";
    private const string Phone = "0912-345-678";

    [Fact]
    public async Task Contact_details_are_purged_after_closing_and_the_purge_is_in_the_case_history()
    {
        using var staff = fixture.Host.CreateStaffClient(TestStaff.Triage);
        var number = await FileAndCloseAsync(staff);

        var purged = await fixture.Host.Services.GetRequiredService<ContactPurgeTimer>().RunAsync(CancellationToken.None);
        var again = await fixture.Host.Services.GetRequiredService<ContactPurgeTimer>().RunAsync(CancellationToken.None);

        Assert.Contains(purged, n => n.ToString() == number);
        Assert.DoesNotContain(again, n => n.ToString() == number);
        var detail = await staff.GetFromJsonAsync<JsonElement>($"/api/cases/{number}");
        Assert.DoesNotContain(Email, detail.GetRawText());
        Assert.Single(detail.GetProperty("history").EnumerateArray(), e => e.GetProperty("kind").GetString() == "contacts-purged");
    }

    [Fact]
    public async Task Outbox_emails_past_their_retention_are_deleted_by_the_daily_purge_and_recent_ones_stay()
    {
        var outbox = fixture.Host.Services.GetRequiredService<IEmailOutboxStore>();
        var now = DateTimeOffset.UtcNow;
        var old = KeptEmail($"old-{Guid.NewGuid():N}", now.AddDays(-91));
        var recent = KeptEmail($"recent-{Guid.NewGuid():N}", now.AddDays(-89));
        await outbox.SaveAsync(old, CancellationToken.None);
        await outbox.SaveAsync(recent, CancellationToken.None);

        await fixture.Host.Services.GetRequiredService<ContactPurgeTimer>().RunAsync(CancellationToken.None);

        var kept = new List<string>();
        await foreach (var email in outbox.ListRecentAsync(1000, CancellationToken.None))
        {
            kept.Add(email.Id);
        }
        Assert.Contains(recent.Id, kept);
        Assert.DoesNotContain(old.Id, kept);
    }

    [Fact]
    public async Task Staff_actions_are_in_the_audit_trail_with_who_did_them()
    {
        using var staff = fixture.Host.CreateStaffClient(TestStaff.Triage);
        using var admin = fixture.Host.CreateStaffClient(TestStaff.Admin);
        // A name header anyone can send is never who acted.
        staff.DefaultRequestHeaders.Add("X-MS-CLIENT-PRINCIPAL-NAME", "wang.officer@agency.example");
        var number = await FileAsync();
        await staff.GetAsync($"/api/cases/{number}");
        await staff.PostAsync($"/api/cases/{number}/category", JsonContent.Create(new { category = "regulation-inquiry" }));
        await staff.PostAsync($"/api/cases/{number}/reply", JsonContent.Create(new { reply = "已回覆。" }));
        await staff.PostAsync($"/api/cases/{number}/close", JsonContent.Create(new { }));
        await staff.GetAsync("/api/cases");

        var trail = await admin.GetFromJsonAsync<JsonElement[]>("/api/audit");

        var mine = trail!.Where(e => e.GetProperty("resource").GetString() == number).Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(["closed", "replied", "category-changed", "viewed-contacts"], mine);
        Assert.All(trail!, e => Assert.False(string.IsNullOrEmpty(e.GetProperty("actor").GetString())));
        Assert.All(trail!.Where(e => e.GetProperty("resource").GetString() == number),
            e => Assert.Equal("陳怡君 <chen.yijun@branch.example.gov.tw>", e.GetProperty("actor").GetString()));
        Assert.Contains(trail!, e => e.GetProperty("action").GetString() == "exported-cases" && e.GetProperty("actor").GetString() == "陳怡君 <chen.yijun@branch.example.gov.tw>");
        var reread = await admin.GetFromJsonAsync<JsonElement[]>("/api/audit");
        Assert.Contains(reread!, e => e.GetProperty("action").GetString() == "read-audit-trail" && e.GetProperty("actor").GetString() == "李建宏 <li.jianhong@branch.example.gov.tw>");
        Assert.DoesNotContain(trail!, e => e.GetProperty("actor").GetString()!.Contains("wang.officer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_audit_trail_needs_an_admin_or_manager_and_a_well_formed_month()
    {
        using var anonymous = fixture.Host.CreateClient();
        using var triage = fixture.Host.CreateStaffClient(TestStaff.Triage);
        using var staff = fixture.Host.CreateStaffClient(TestStaff.Manager);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await triage.GetAsync("/api/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.GetAsync("/api/audit?month=2026-13")).StatusCode);
    }

    [Fact]
    public async Task No_log_message_contains_contact_details_or_keys()
    {
        using var staff = fixture.Host.CreateStaffClient(TestStaff.Triage);
        using var admin = fixture.Host.CreateStaffClient(TestStaff.Admin);
        using var anonymous = fixture.Host.CreateClient();
        var number = await FileAndCloseAsync(staff);
        var form = FormTokenFor.NewForm(fixture.Host);
        form["text"] = $"請回覆到 {Email} 或 {Phone}";
        form["email"] = Email;
        await anonymous.PostAsync("/complaints", new FormUrlEncodedContent(form));
        await anonymous.PostAsync("/api/surveys/counter/responses", new StringContent(
            $$$"""{"answers":{"waiting-time":5,"staff-attitude":5,"explanation":5,"overall":5,"comment":"email me at {{{Email}}}"}}""", null, "application/json"));
        await anonymous.GetAsync($"/outbox?code={LocalHostInstance.StaffKey}");
        await anonymous.GetAsync("/api/cases?code=wrong-key");
        await staff.GetAsync($"/api/cases/{number}");
        await fixture.Host.Services.GetRequiredService<ContactPurgeTimer>().RunAsync(CancellationToken.None);
        await Hosting.Eventually.GetAsync(async () => (await admin.GetFromJsonAsync<JsonElement>("/api/outbox")).GetArrayLength() > 0 ? "sent" : null);

        Assert.NotEmpty(fixture.Logs.Messages);
        var secrets = new[] { Email, Phone, "0912345678", LocalHostInstance.StaffKey, LocalHostInstance.InvitationSigningKey, LocalHostInstance.StaffSignInKey, PrivacyHostFixture.SigningKey };
        Assert.All(fixture.Logs.Messages, message => Assert.DoesNotContain(secrets, s => message.Contains(s, StringComparison.OrdinalIgnoreCase)));
    }

    private static OutgoingEmail KeptEmail(string id, DateTimeOffset createdAt) =>
        new(id, EmailKinds.Reply, "zh-TW", Email, "林美玲", "回覆", "已派員檢查。", "<p>已派員檢查。</p>", null, createdAt);

    private async Task<string> FileAsync()
    {
        using var anonymous = fixture.Host.CreateClient();
        var response = await anonymous.PostAsync("/api/complaints", new StringContent(
            JsonSerializer.Serialize(new { text = "計程車跳錶太快。", name = "林美玲", email = Email, phone = Phone }), null, "application/json"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseNumber").GetString()!;
    }

    private async Task<string> FileAndCloseAsync(HttpClient staff)
    {
        var number = await FileAsync();
        await staff.PostAsync($"/api/cases/{number}/reply", JsonContent.Create(new { reply = "已派員檢查。" }));
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync($"/api/cases/{number}/close", JsonContent.Create(new { }))).StatusCode);
        return number;
    }
}
