using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ServiceQuality.DevHosting;
using ServiceQuality.Integration.Tests.Builders;
using Xunit;

namespace ServiceQuality.Integration.Tests.Staff;

/// <summary>
/// Who the app believes is acting: only the Easy Auth principal where App Service Authentication is on, and the
/// development sign-in in Development. Every forged identity is refused and never reaches the audit trail.
/// </summary>
[Collection(StaffHostCollection.Name)]
public sealed class StaffIdentityTests(StaffHostFixture fixture)
{
    private const string Forger = "forger@example.com";

    public static TheoryData<string> Hosts => ["Development", "Production", "EasyAuth"];

    [Theory]
    [MemberData(nameof(Hosts))]
    public async Task A_forged_principal_name_header_is_401_and_never_recorded_as_the_actor(string hostName)
    {
        var host = Host(hostName);
        var number = await FileAsync(host);
        using var forged = host.CreateClient();
        forged.DefaultRequestHeaders.Add("X-MS-CLIENT-PRINCIPAL-NAME", Forger);

        var list = await forged.GetAsync("/api/cases");
        var category = await forged.PostAsync($"/api/cases/{number}/category", JsonContent.Create(new { category = "regulation-inquiry" }));

        Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, category.StatusCode);
        await AssertNeverRecordedAsync(Forger);
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task A_forged_easy_auth_principal_without_app_service_authentication_is_refused_and_never_recorded(string hostName)
    {
        var host = Host(hostName);
        var number = await FileAsync(host);
        using var forged = host.CreateClient();
        forged.DefaultRequestHeaders.Add(TestStaff.EasyAuthHeader, TestStaff.EasyAuthPrincipal(Forger, "偽造者", "triage", "admin"));

        var get = await forged.GetAsync($"/api/cases/{number}");
        var reply = await forged.PostAsync($"/api/cases/{number}/reply", JsonContent.Create(new { reply = "偽造的回覆" }));
        var audit = await forged.GetAsync("/api/audit");

        Assert.Equal(HttpStatusCode.Unauthorized, get.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, reply.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, audit.StatusCode);
        await AssertNeverRecordedAsync(Forger);
    }

    [Fact]
    public async Task Behind_app_service_authentication_the_principal_acts_with_its_app_roles_and_is_named_in_the_audit_trail()
    {
        var number = await FileAsync(fixture.EasyAuth);
        const string upn = "kuo.peiling@branch.example.gov.tw";
        using var triage = Principal(upn, "郭佩玲", "triage");
        using var admin = Principal("audit.reader@branch.example.gov.tw", "稽核者", "admin");

        var category = await triage.PostAsync($"/api/cases/{number}/category", JsonContent.Create(new { category = "regulation-inquiry" }));
        var auditAsTriage = await triage.GetAsync("/api/audit");
        var trail = await admin.GetFromJsonAsync<JsonElement[]>("/api/audit");

        Assert.Equal(HttpStatusCode.OK, category.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, auditAsTriage.StatusCode);
        Assert.Contains(trail!, e => e.GetProperty("resource").GetString() == number
            && e.GetProperty("action").GetString() == "category-changed"
            && e.GetProperty("actor").GetString() == $"郭佩玲 <{upn}>");
        var history = (await triage.GetFromJsonAsync<JsonElement>($"/api/cases/{number}")).GetProperty("history").EnumerateArray();
        Assert.Contains(history, e => e.GetProperty("actor").GetString() == $"郭佩玲 <{upn}>");
    }

    [Fact]
    public async Task Behind_app_service_authentication_a_listed_person_keeps_the_name_unit_and_roles_of_the_staff_file()
    {
        // 林志明 holds no app role in the token; staff.json makes him a unit user of inspection-1.
        using var lin = Principal(TestStaff.UnitInspection1, "Lin Chih-ming");

        var own = await lin.GetAsync("/api/cases?unit=inspection-1");
        var other = await lin.GetAsync("/api/cases?unit=metrology");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_principal_with_no_role_is_403_on_the_api_and_on_a_page()
    {
        using var nobody = Principal("visitor@branch.example.gov.tw", "訪客");
        nobody.DefaultRequestHeaders.Add("Accept", "text/html");

        var api = await nobody.GetAsync("/api/cases");
        var page = await nobody.GetAsync("/outbox");

        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("<html", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_development_sign_in_cookie_is_never_honoured_outside_development()
    {
        var (name, value) = await fixture.Development.SignInAsync(TestStaff.Admin);

        foreach (var host in new[] { fixture.Production, fixture.EasyAuth })
        {
            using var client = host.CreateClient();
            client.DefaultRequestHeaders.Add("Cookie", $"{name}={value}");
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/poison")).StatusCode);
        }
    }

    [Fact]
    public async Task Outside_development_a_staff_page_without_a_sign_in_is_an_html_401_page_not_a_redirect()
    {
        using var client = fixture.Production.CreateClient();
        client.DefaultRequestHeaders.Add("Accept", "text/html");

        var response = await client.GetAsync("/quarantine?lang=en");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Please sign in", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("altered signature")]
    [InlineData("another person")]
    [InlineData("expired")]
    [InlineData("garbage")]
    public async Task A_tampered_sign_in_cookie_is_nobody(string how)
    {
        var (name, value) = await fixture.Development.SignInAsync(TestStaff.UnitMetrology);
        var parts = value.Split('.');
        var tampered = how switch
        {
            "altered signature" => $"{parts[0]}.{parts[1]}.{(parts[2][0] == 'A' ? 'B' : 'A')}{parts[2][1..]}",
            "another person" => $"{Encode(TestStaff.Admin)}.{parts[1]}.{parts[2]}",
            "expired" => $"{parts[0]}.{DateTimeOffset.UtcNow.AddHours(-1).ToUnixTimeSeconds()}.{parts[2]}",
            _ => "not-a-cookie",
        };
        using var client = fixture.Development.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", $"{name}={tampered}");

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/poison")).StatusCode);
    }

    [Fact]
    public async Task A_unit_user_sees_and_acts_on_its_own_units_cases_only()
    {
        var number = await FileAsync(fixture.Development);
        using var triage = await fixture.Development.CreateStaffClientAsync(TestStaff.Triage);
        using var inspection = await fixture.Development.CreateStaffClientAsync(TestStaff.UnitInspection1);
        using var metrology = await fixture.Development.CreateStaffClientAsync(TestStaff.UnitMetrology);
        // regulation-inquiry belongs to inspection-1 (categories.json).
        Assert.Equal(HttpStatusCode.OK, (await triage.PostAsync($"/api/cases/{number}/category", JsonContent.Create(new { category = "regulation-inquiry" }))).StatusCode);

        var otherUnitsCase = await metrology.GetAsync($"/api/cases/{number}");
        var otherUnitsReply = await metrology.PostAsync($"/api/cases/{number}/reply", JsonContent.Create(new { reply = "不是我們的案件" }));
        var otherUnitsList = await metrology.GetAsync("/api/cases?unit=inspection-1");
        var ownList = await metrology.GetFromJsonAsync<JsonElement>("/api/cases");
        var ownCase = await inspection.GetAsync($"/api/cases/{number}");
        var inspectionList = await inspection.GetFromJsonAsync<JsonElement>("/api/cases");

        Assert.Equal(HttpStatusCode.Forbidden, otherUnitsCase.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherUnitsReply.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherUnitsList.StatusCode);
        Assert.DoesNotContain(ownList.EnumerateArray(), c => c.GetProperty("caseNumber").GetString() == number);
        Assert.All(ownList.EnumerateArray(), c => Assert.Equal("metrology", c.GetProperty("unit").GetString()));
        Assert.Equal(HttpStatusCode.OK, ownCase.StatusCode);
        Assert.Contains(inspectionList.EnumerateArray(), c => c.GetProperty("caseNumber").GetString() == number);
        var detail = await triage.GetFromJsonAsync<JsonElement>($"/api/cases/{number}");
        Assert.Null(detail.GetProperty("reply").GetString());
    }

    [Fact]
    public async Task A_cookie_signed_in_api_post_that_is_not_json_is_refused_so_another_site_cannot_forge_it()
    {
        var number = await FileAsync(fixture.Development);
        using var triage = await fixture.Development.CreateStaffClientAsync(TestStaff.Triage);

        var form = await triage.PostAsync($"/api/cases/{number}/close", new FormUrlEncodedContent(new Dictionary<string, string>()));
        var text = await triage.PostAsync($"/api/cases/{number}/close", new StringContent("", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        var detail = await triage.GetFromJsonAsync<JsonElement>($"/api/cases/{number}");
        Assert.NotEqual("closed", detail.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_recompute_form_post_without_the_anti_forgery_token_recomputes_nothing()
    {
        using var manager = await fixture.Development.CreateStaffClientAsync(TestStaff.Manager);
        var month = DateTimeOffset.UtcNow;
        var before = await RollupRowsAsync();

        var response = await manager.PostAsync($"/api/rollups/{month.Year}/{month.Month}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["lang"] = "en" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await RollupRowsAsync());
    }

    private LocalHostInstance Host(string name) => name switch
    {
        "Development" => fixture.Development,
        "Production" => fixture.Production,
        _ => fixture.EasyAuth,
    };

    private HttpClient Principal(string upn, string name, params string[] appRoles)
    {
        var client = fixture.EasyAuth.CreateClient();
        client.DefaultRequestHeaders.Add(TestStaff.EasyAuthHeader, TestStaff.EasyAuthPrincipal(upn, name, appRoles));
        return client;
    }

    private static async Task<string> FileAsync(LocalHostInstance host)
    {
        using var client = host.CreateClient();
        var response = await client.PostAsync("/api/complaints", ComplaintBody.Web().Without("subject").WithText("請問進口藍牙耳機需要申請檢驗嗎？").ToContent());
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseNumber").GetString()!;
    }

    /// <summary>Reads the whole trail of this month as an admin of the development host; every host shares the one Azurite.</summary>
    private async Task AssertNeverRecordedAsync(string name)
    {
        using var admin = await fixture.Development.CreateStaffClientAsync(TestStaff.Admin);
        var trail = await admin.GetFromJsonAsync<JsonElement[]>("/api/audit");
        Assert.DoesNotContain(trail!, e => e.GetProperty("actor").GetString()!.Contains(name, StringComparison.OrdinalIgnoreCase));
        var cases = await fixture.Tables.GetTableClient("Cases").QueryAsync<Azure.Data.Tables.TableEntity>().ToListAsync();
        Assert.DoesNotContain(cases, c => c.Select(p => p.Value).OfType<string>().Any(v => v.Contains(name, StringComparison.OrdinalIgnoreCase)));
    }

    private async Task<int> RollupRowsAsync()
    {
        var rows = 0;
        await foreach (var _ in fixture.Tables.GetTableClient("Rollups").QueryAsync<Azure.Data.Tables.TableEntity>(select: ["RowKey"]))
        {
            rows++;
        }
        return rows;
    }

    private static string Encode(string text) => Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(text));
}
