using System.Net;
using AngleSharp.Dom;
using ServiceQuality.DevHosting;
using ServiceQuality.Domain.Cases;
using ServiceQuality.Integration.Tests.StaffCases;
using Xunit;

namespace ServiceQuality.Integration.Tests.StaffPages;

[Collection(StaffPagesCollection.Name)]
public sealed class StaffHomeTests(StaffPagesFixture fixture)
{
    /// <summary>The count of the home's entry that links to <paramref name="href"/> and says <paramref name="text"/>.</summary>
    private static int Count(IDocument page, string href, string text)
    {
        var entry = page.QuerySelectorAll("ul.staff-tasks a").Single(a => a.GetAttribute("href") == href && a.TextContent.Contains(text, StringComparison.Ordinal));
        return int.Parse(entry.QuerySelector(".task-count")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<IDocument> HomeAsync(string staffId, string query = "")
    {
        using var browser = await StaffBrowser.SignInAsync(fixture.Host, staffId);
        var (status, page) = await browser.GetAsync("/staff" + query);
        Assert.Equal(HttpStatusCode.OK, status);
        return page;
    }

    [Fact]
    public async Task Triage_sees_how_many_cases_need_a_category_are_overdue_and_are_due_today_each_linking_to_the_inbox()
    {
        var before = await HomeAsync(TestStaff.Triage);
        await fixture.Cases.AddAsync(5, CaseSeed.NeedingReview);
        await fixture.Cases.AddAsync(-2);
        await fixture.Cases.AddAsync(-1, CaseSeed.InUnit("inspection-1", "scale-inspection"));
        await fixture.Cases.AddAsync(0);
        await fixture.Cases.AddAsync(-3, CaseSeed.Closed);

        var after = await HomeAsync(TestStaff.Triage);

        Assert.Equal(Count(before, "/staff/cases?status=needs-review", "待確認類別") + 1, Count(after, "/staff/cases?status=needs-review", "待確認類別"));
        Assert.Equal(Count(before, "/staff/cases?due=overdue", "已逾期") + 2, Count(after, "/staff/cases?due=overdue", "已逾期"));
        Assert.Equal(Count(before, "/staff/cases?due=today", "今日到期") + 1, Count(after, "/staff/cases?due=today", "今日到期"));
    }

    [Fact]
    public async Task A_unit_user_counts_only_their_own_units_cases_and_links_to_their_units_inbox()
    {
        var before = await HomeAsync(TestStaff.UnitInspection1);
        await fixture.Cases.AddAsync(-2, CaseSeed.InUnit("inspection-1", "scale-inspection"));
        await fixture.Cases.AddAsync(-2);
        await fixture.Cases.AddAsync(0);

        var after = await HomeAsync(TestStaff.UnitInspection1);

        const string Inbox = "/staff/cases?unit=inspection-1";
        Assert.Equal(Count(before, Inbox + "&due=overdue", "已逾期") + 1, Count(after, Inbox + "&due=overdue", "已逾期"));
        Assert.Equal(Count(before, Inbox + "&due=today", "今日到期"), Count(after, Inbox + "&due=today", "今日到期"));
        Assert.Null(after.QuerySelector("#home-etiquette"));
        Assert.Null(after.QuerySelector("#home-operations"));
        Assert.Null(after.QuerySelector("#home-quarantine"));
    }

    [Fact]
    public async Task An_etiquette_tester_sees_the_units_not_yet_tested_this_period_and_no_cases()
    {
        var before = await HomeAsync(TestStaff.EtiquetteTester, "?lang=en");
        var untestedBefore = Count(before, "/staff/etiquette?lang=en", "units not yet tested");
        await fixture.Seed.EtiquetteTestAsync("general-affairs", DateTimeOffset.UtcNow.AddMinutes(-5), "王大明");

        var after = await HomeAsync(TestStaff.EtiquetteTester, "?lang=en");

        Assert.Equal("What needs you now", after.QuerySelector("h1")!.TextContent);
        Assert.Null(after.QuerySelector("#home-cases"));
        // No other test of this collection tests general-affairs.
        Assert.Equal(untestedBefore - 1, Count(after, "/staff/etiquette?lang=en", "units not yet tested"));
    }

    [Fact]
    public async Task An_administrator_sees_the_poison_messages_waiting_and_a_manager_the_quarantined_responses()
    {
        var admin = await HomeAsync(TestStaff.Admin);
        var manager = await HomeAsync(TestStaff.Manager);

        Assert.NotNull(admin.QuerySelectorAll("ul.staff-tasks a").SingleOrDefault(a => a.GetAttribute("href") == "/staff/operations#poison"));
        Assert.NotNull(manager.QuerySelectorAll("ul.staff-tasks a").SingleOrDefault(a => a.GetAttribute("href") == "/quarantine"));
        Assert.NotNull(manager.QuerySelector("#home-etiquette"));
        Assert.Null(manager.QuerySelector("#home-operations"));
        Assert.Null(admin.QuerySelector("#home-quarantine"));
    }

    [Fact]
    public async Task Signing_in_lands_on_the_staff_home()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.PostAsync("/staff/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = TestStaff.Manager }));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/staff", response.Headers.Location!.ToString());
    }
}
