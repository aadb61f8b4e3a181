using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using ServiceQuality.Domain.Time;
using ServiceQuality.Integration.Tests.Builders;
using ServiceQuality.DevHosting;
using Xunit;

namespace ServiceQuality.Integration.Tests.Integrity;

/// <summary>Staff review the quarantine on its page and through the API; every decision is in the audit trail.</summary>
[Collection(IntegrityHostCollection.Name)]
public sealed class QuarantineReviewTests(IntegrityHostFixture fixture)
{
    [Fact]
    public async Task Staff_release_one_held_response_and_discard_the_rest_on_the_page_and_both_are_audited()
    {
        var month = MonthKey.Of(DateTimeOffset.UtcNow);
        using var client = fixture.Host.CreateClient();
        for (var i = 0; i < 40; i++)
        {
            var sent = await client.PostAsync("/api/surveys/taxi-meter/responses", SurveyResponseBody.TaxiMeter().InUnit("inspection-2").With("overall", 1).ToContent());
            Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await fixture.Staff.PostAsync($"/api/rollups/{month.Year}/{month.Month}", System.Net.Http.Json.JsonContent.Create(new { }))).StatusCode);

        var manager = fixture.Staff;
        var page = await new HtmlParser().ParseDocumentAsync(await manager.GetStringAsync("/quarantine?lang=en"));
        var section = page.QuerySelectorAll("section").Single(s => s.TextContent.Contains("40 held"));
        var one = section.QuerySelectorAll("tbody form").First();
        var releaseOne = Fields(one, "release");
        var released = await manager.PostAsync("/quarantine?lang=en", new FormUrlEncodedContent(releaseOne));
        var discardAll = Fields(section.QuerySelector("form")!, "discard");
        var discarded = await manager.PostAsync("/quarantine?lang=en", new FormUrlEncodedContent(discardAll));

        Assert.Equal(HttpStatusCode.SeeOther, released.StatusCode);
        Assert.Contains("decided=1", released.Headers.Location!.ToString());
        Assert.Contains("decided=39", discarded.Headers.Location!.ToString());
        var zhPage = await manager.GetStringAsync("/quarantine?lang=zh-TW");
        Assert.DoesNotContain("40 份隔離中", zhPage);
        var audit = await fixture.Staff.GetFromJsonAsync<JsonElement>($"/api/audit?month={month}");
        var actions = audit.EnumerateArray().Where(e => e.GetProperty("resource").GetString() == $"survey/taxi-meter/{month}")
            .Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Contains("quarantine-released", actions);
        Assert.Contains("quarantine-discarded", actions);
        Assert.All(audit.EnumerateArray().Where(e => e.GetProperty("resource").GetString() == $"survey/taxi-meter/{month}"),
            e => Assert.Equal("王美玲 <wang.meiling@branch.example.gov.tw>", e.GetProperty("actor").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await fixture.Staff.PostAsync($"/api/rollups/{month.Year}/{month.Month}", System.Net.Http.Json.JsonContent.Create(new { }))).StatusCode);
        var report = await fixture.Staff.GetFromJsonAsync<JsonElement>($"/api/reports/{month.Year}/{month.Month}");
        var taxi = report.GetProperty("surveys").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "taxi-meter");
        Assert.Equal((0, 39), (taxi.GetProperty("quarantined").GetInt32(), taxi.GetProperty("discarded").GetInt32()));
        Assert.Contains(taxi.GetProperty("units").EnumerateArray(), u => u.GetProperty("key").GetString() == "inspection-2");
    }

    [Fact]
    public async Task The_quarantine_page_and_api_are_for_managers_and_kiosk_credentials_for_machines()
    {
        using var client = fixture.Host.CreateClient();
        using var tester = await fixture.Host.CreateStaffClientAsync(TestStaff.EtiquetteTester);

        var page = await client.GetAsync("/quarantine");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/staff/sign-in?returnUrl=%2Fquarantine", page.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await tester.GetAsync("/quarantine")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await tester.GetAsync("/api/quarantine")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Staff.PostAsync("/api/kiosks", new StringContent("{}", Encoding.UTF8, "application/json"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/quarantine")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/kiosks", new StringContent("{}", Encoding.UTF8, "application/json"))).StatusCode);
    }

    [Fact]
    public async Task A_manager_withholds_open_responses_with_a_reason_and_the_report_says_so()
    {
        var month = MonthKey.Of(DateTimeOffset.UtcNow);

        var refused = await fixture.Staff.PostAsJsonAsync("/api/survey-publication/customer-case", new { publishOpen = false });
        var set = await fixture.Staff.PostAsJsonAsync("/api/survey-publication/customer-case", new { publishOpen = false, reason = "網路問卷遭大量灌票，暫不公布未驗證回應。" });
        Assert.Equal(HttpStatusCode.OK, (await fixture.Staff.PostAsync($"/api/rollups/{month.Year}/{month.Month}", System.Net.Http.Json.JsonContent.Create(new { }))).StatusCode);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var report = await fixture.Staff.GetFromJsonAsync<JsonElement>($"/api/reports/{month.Year}/{month.Month}");
        var survey = report.GetProperty("surveys").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "customer-case");
        Assert.False(survey.GetProperty("openResponsesPublished").GetBoolean());
        var audit = await fixture.Staff.GetFromJsonAsync<JsonElement>($"/api/audit?month={month}");
        var entry = Assert.Single(audit.EnumerateArray(), e => e.GetProperty("action").GetString() == "publication-changed");
        Assert.Contains("灌票", entry.GetProperty("detail").GetString());
    }

    private static List<KeyValuePair<string, string>> Fields(AngleSharp.Dom.IElement form, string decision) =>
        [.. form.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value")!)),
            new("decision", decision)];
}
