using System.Net;
using ServiceQuality.DevHosting;
using ServiceQuality.Domain.Audit;
using Xunit;

namespace ServiceQuality.Integration.Tests.StaffPages;

[Collection(StaffPagesCollection.Name)]
public sealed class StaffLeadPageTests(StaffPagesFixture fixture)
{
    private const string TriageAuditName = "陳怡君 <chen.yijun@branch.example.gov.tw>";

    [Fact]
    public async Task The_list_shows_each_open_lead_with_platform_reports_status_and_a_link_to_its_page()
    {
        var lead = await fixture.Seed.LeadAsync("行動電源專賣店", "2026-700001", "2026-700002", "2026-700003");
        using var triage = await StaffBrowser.SignInAsync(fixture.Host, TestStaff.Triage);

        var (status, page) = await triage.GetAsync("/staff/leads");

        Assert.Equal(HttpStatusCode.OK, status);
        var row = page.QuerySelectorAll("#leads-open tbody tr").Single(r => r.QuerySelector($"a[href='/staff/leads/{lead.Id}']") is not null);
        Assert.Equal("行動電源專賣店", row.QuerySelector("th")!.TextContent);
        Assert.Equal(["shopee", "3", "追蹤中"], row.QuerySelectorAll("td").Take(3).Select(td => td.TextContent));
        Assert.Equal("row", row.QuerySelector("th")!.GetAttribute("scope"));
    }

    [Fact]
    public async Task A_lead_page_lists_its_cases_linking_to_the_case_pages_with_merge_and_split_forms()
    {
        var lead = await fixture.Seed.LeadAsync("充電器小舖", "2026-700011", "2026-700012");
        using var admin = await StaffBrowser.SignInAsync(fixture.Host, TestStaff.Admin);

        var (status, page) = await admin.GetAsync($"/staff/leads/{lead.Id}?lang=en");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Seller lead: 充電器小舖", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["/staff/cases/2026-700011?lang=en", "/staff/cases/2026-700012?lang=en"], page.QuerySelectorAll("ul.lead-cases a").Select(a => a.GetAttribute("href")));
        Assert.NotNull(page.QuerySelector($"form[action='/staff/leads/{lead.Id}/merge?lang=en'] input[name=staffFormToken]"));
        Assert.NotNull(page.QuerySelector($"form[action='/staff/leads/{lead.Id}/split?lang=en'] input[name=staffFormToken]"));
        Assert.NotNull(page.QuerySelector("label[for=lead-into]"));
    }

    [Fact]
    public async Task Merging_moves_the_cases_into_the_other_lead_audits_the_signed_in_name_and_sends_the_browser_there()
    {
        var source = await fixture.Seed.LeadAsync("同一賣家A", "2026-700021");
        var target = await fixture.Seed.LeadAsync("同一賣家B", "2026-700022", "2026-700023");
        using var triage = await StaffBrowser.SignInAsync(fixture.Host, TestStaff.Triage);
        var token = await triage.TokenAsync($"/staff/leads/{source.Id}");

        using var response = await triage.PostAsync($"/staff/leads/{source.Id}/merge", [new("into", target.Id)], token);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal($"/staff/leads/{target.Id}?done=merged&from={source.Id}", response.Headers.Location!.ToString());
        Assert.Equal(target.Id, (await fixture.Seed.FindLeadAsync(source.Id))!.MergedInto);
        Assert.Equal(["2026-700022", "2026-700023", "2026-700021"], (await fixture.Seed.FindLeadAsync(target.Id))!.CaseNumbers);
        var entry = (await fixture.Seed.AuditAsync(AuditActions.LeadMerged)).First(e => e.Resource == $"leads/{source.Id}");
        Assert.Equal(TriageAuditName, entry.Actor);
        var (_, landed) = await triage.GetAsync(response.Headers.Location!.ToString());
        Assert.Contains("合併至此", landed.QuerySelector("[role=status]")!.TextContent);
        var (_, list) = await triage.GetAsync("/staff/leads?merged=true");
        Assert.Null(list.QuerySelector($"#leads-open a[href='/staff/leads/{source.Id}']"));
        Assert.NotNull(list.QuerySelector($"#leads-merged a[href='/staff/leads/{source.Id}']"));
        var (_, merged) = await triage.GetAsync($"/staff/leads/{source.Id}");
        Assert.NotNull(merged.QuerySelector($"main a[href='/staff/leads/{target.Id}']"));
        Assert.Null(merged.QuerySelector("form[action*='/merge']"));
    }

    [Fact]
    public async Task A_merge_without_the_anti_forgery_token_is_refused_and_changes_nothing()
    {
        var source = await fixture.Seed.LeadAsync("偽造A", "2026-700031");
        var target = await fixture.Seed.LeadAsync("偽造B", "2026-700032");
        using var triage = await StaffBrowser.SignInAsync(fixture.Host, TestStaff.Triage);

        using var response = await triage.PostAsync($"/staff/leads/{source.Id}/merge", [new("into", target.Id)], token: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null((await fixture.Seed.FindLeadAsync(source.Id))!.MergedInto);
        Assert.Equal(["2026-700032"], (await fixture.Seed.FindLeadAsync(target.Id))!.CaseNumbers);
        Assert.DoesNotContain(await fixture.Seed.AuditAsync(AuditActions.LeadMerged), e => e.Resource == $"leads/{source.Id}");
    }

    [Fact]
    public async Task Merging_into_no_lead_or_an_unknown_one_shows_the_lead_again_with_the_error()
    {
        var lead = await fixture.Seed.LeadAsync("錯誤合併", "2026-700041");
        using var triage = await StaffBrowser.SignInAsync(fixture.Host, TestStaff.Triage);

        using var none = await triage.PostAsync($"/staff/leads/{lead.Id}/merge", [new("into", "")], await triage.TokenAsync($"/staff/leads/{lead.Id}"));
        using var unknown = await triage.PostAsync($"/staff/leads/{lead.Id}/merge?lang=en", [new("into", "0123456789abcdef")], await triage.TokenAsync($"/staff/leads/{lead.Id}"));

        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Equal("#lead-into", (await StaffBrowser.ParseAsync(none)).QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("cannot be merged", (await StaffBrowser.ParseAsync(unknown)).QuerySelector(".error-summary")!.TextContent);
        Assert.Null((await fixture.Seed.FindLeadAsync(lead.Id))!.MergedInto);
    }

    [Fact]
    public async Task Splitting_moves_the_ticked_cases_into_a_new_lead_and_audits_it()
    {
        var lead = await fixture.Seed.LeadAsync("分割測試", "2026-700051", "2026-700052", "2026-700053");
        using var admin = await StaffBrowser.SignInAsync(fixture.Host, TestStaff.Admin);
        var (_, form) = await admin.GetAsync($"/staff/leads/{lead.Id}?lang=en");
        var token = form.QuerySelector("form[action*='/split'] input[name=staffFormToken]")!.GetAttribute("value")!;
        // Ticks the boxes of the page's own split form, as a browser sends them.
        var ticked = form.QuerySelectorAll("#lead-split input[type=checkbox]").Where(box => box.GetAttribute("value") != "2026-700051")
            .Select(box => new KeyValuePair<string, string>(box.GetAttribute("name")!, box.GetAttribute("value")!)).ToList();

        using var response = await admin.PostAsync(form.QuerySelector("form[action*='/split']")!.GetAttribute("action")!, ticked, token);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith($"/staff/leads/{lead.Id}?done=split&new=", location);
        Assert.EndsWith("&lang=en", location);
        var newId = location.Split("new=")[1].Split('&')[0];
        Assert.Equal(["2026-700051"], (await fixture.Seed.FindLeadAsync(lead.Id))!.CaseNumbers);
        Assert.Equal(["2026-700052", "2026-700053"], (await fixture.Seed.FindLeadAsync(newId))!.CaseNumbers);
        Assert.Equal("李建宏 <li.jianhong@branch.example.gov.tw>", (await fixture.Seed.AuditAsync(AuditActions.LeadSplit)).First(e => e.Resource == $"leads/{lead.Id}").Actor);
        var (_, landed) = await admin.GetAsync(location);
        Assert.Equal($"/staff/leads/{newId}?lang=en", landed.QuerySelector("[role=status] a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Splitting_off_every_case_or_none_is_refused_with_the_reason_and_changes_nothing()
    {
        var lead = await fixture.Seed.LeadAsync("全部分割", "2026-700061", "2026-700062");
        using var triage = await StaffBrowser.SignInAsync(fixture.Host, TestStaff.Triage);

        using var all = await triage.PostAsync($"/staff/leads/{lead.Id}/split", [new("case-0", "2026-700061"), new("case-1", "2026-700062")], await triage.TokenAsync($"/staff/leads/{lead.Id}"));
        using var none = await triage.PostAsync($"/staff/leads/{lead.Id}/split", [], await triage.TokenAsync($"/staff/leads/{lead.Id}"));
        using var forged = await triage.PostAsync($"/staff/leads/{lead.Id}/split", [new("case-0", "2026-700061")], token: null);

        Assert.Equal(HttpStatusCode.BadRequest, all.StatusCode);
        var page = await StaffBrowser.ParseAsync(all);
        Assert.Equal("#lead-split", page.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.All(page.QuerySelectorAll("#lead-split input[type=checkbox]"), box => Assert.True(box.HasAttribute("checked")));
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(["2026-700061", "2026-700062"], (await fixture.Seed.FindLeadAsync(lead.Id))!.CaseNumbers);
    }

    [Fact]
    public async Task An_unknown_lead_is_a_404_page()
    {
        using var triage = await StaffBrowser.SignInAsync(fixture.Host, TestStaff.Triage);

        var (status, page) = await triage.GetAsync("/staff/leads/0000000000000000");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("找不到這條賣家線索", page.QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData(TestStaff.Manager)]
    [InlineData(TestStaff.UnitInspection1)]
    [InlineData(TestStaff.EtiquetteTester)]
    public async Task Staff_without_the_triage_or_admin_role_get_the_403_page_and_cannot_merge(string staffId)
    {
        var source = await fixture.Seed.LeadAsync("無權限A", "2026-700071");
        var target = await fixture.Seed.LeadAsync("無權限B", "2026-700072");
        using var browser = await StaffBrowser.SignInAsync(fixture.Host, staffId);

        var (listStatus, _) = await browser.GetAsync("/staff/leads");
        var (pageStatus, _) = await browser.GetAsync($"/staff/leads/{source.Id}");
        using var merge = await browser.PostAsync($"/staff/leads/{source.Id}/merge", [new("into", target.Id)], token: null);

        Assert.Equal(HttpStatusCode.Forbidden, listStatus);
        Assert.Equal(HttpStatusCode.Forbidden, pageStatus);
        Assert.Equal(HttpStatusCode.Forbidden, merge.StatusCode);
        Assert.Null((await fixture.Seed.FindLeadAsync(source.Id))!.MergedInto);
    }
}
