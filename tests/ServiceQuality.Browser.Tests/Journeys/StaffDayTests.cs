using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ServiceQuality.Browser.Tests.Accessibility;
using ServiceQuality.Browser.Tests.Hosting;
using ServiceQuality.DevHosting;
using ServiceQuality.Domain.Audit;
using ServiceQuality.Domain.Email;
using ServiceQuality.Domain.Time;
using Xunit;

namespace ServiceQuality.Browser.Tests.Journeys;

/// <summary>
/// A triage officer's day with one complaint, in the browser: sign in, find the case needing review in the inbox,
/// correct its category, answer it from a template, close it; then what the citizen was sent, what the audit trail
/// says, and that another unit's member cannot open the case.
/// </summary>
[Collection(JourneyCollection.Name)]
public sealed class StaffDayTests(SiteFixture site)
{
    private const string CitizenEmail = "staff.day@example.com";
    private const string TriageName = "陳怡君 <" + TestStaff.Triage + ">";

    [Fact]
    public async Task A_triage_officer_signs_in_triages_replies_to_and_closes_a_case_and_another_unit_cannot_open_it()
    {
        var number = await SiteData.FileCaseNeedingReviewAsync(site.Host, CitizenEmail);
        await using var context = await site.NewContextAsync(Viewport.Desktop);
        var page = await context.NewPageAsync();

        // Signing in from the sign-in page, which returns to the inbox asked for.
        await page.GotoAsync(site.Url("/staff/cases"));
        Assert.Contains("/staff/sign-in", page.Url, StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "以陳怡君身分登入" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/staff/cases", StringComparison.Ordinal));

        // The case needing review is among the first rows of the inbox, marked as such.
        var row = page.Locator("table.case-table tbody tr", new PageLocatorOptions { Has = page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = number }) });
        Assert.Contains("待人工分類", await row.TextContentAsync());
        await row.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = number }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains($"/staff/cases/{number}", StringComparison.Ordinal));

        await page.GetByLabel("正確類別").SelectOptionAsync("metrology-dispute");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "更正類別", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("done=category", StringComparison.Ordinal));
        Assert.Contains("第三課", await page.Locator(".case-facts").TextContentAsync());

        await page.GetByLabel("回覆範本", new PageGetByLabelOptions { Exact = true }).SelectOptionAsync("inspection-result");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "套用範本" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("template=inspection-result", StringComparison.Ordinal));
        var draft = await page.GetByLabel("回覆內容").InputValueAsync();
        Assert.Contains("(02)2345-0000", draft, StringComparison.Ordinal);
        await page.GetByLabel("回覆內容").FillAsync(draft.Replace("（請在此填寫查核結果與後續處置）", "經派員檢定，該電子秤誤差超過法定公差，已命攤商停用並送修。", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "送出回覆" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("done=reply", StringComparison.Ordinal));

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "結案", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("done=close", StringComparison.Ordinal));
        Assert.Equal("已結案。", (await page.GetByRole(AriaRole.Status).TextContentAsync())!.Trim());
        var history = await page.Locator("table.history-table").TextContentAsync();
        Assert.Contains(TriageName, history, StringComparison.Ordinal);
        await Screenshots.SaveAsync(page, "staff-day-closed.zh-TW.desktop");

        var sent = await OutboxAsync(EmailKinds.Acknowledgement, EmailKinds.ReplyNotice, EmailKinds.SurveyInvitation);
        Assert.Contains(sent, e => e.Kind == EmailKinds.ReplyNotice && e.Subject.Contains(number, StringComparison.Ordinal));
        var audit = await AuditAsync(number);
        Assert.Equal([AuditActions.CategoryChanged, AuditActions.Replied, AuditActions.Closed], audit.OrderBy(e => e.At).Select(e => e.Action));
        Assert.All(audit, e => Assert.Equal(TriageName, e.Actor));

        // Another unit's member: the 403 page, and nothing of the case.
        await using var unitContext = await site.NewContextAsync(Viewport.Phone);
        var unitPage = await unitContext.NewPageAsync();
        await SitePages.SignInAsync(unitPage, site, TestStaff.UnitInspection1);
        var refused = await unitPage.GotoAsync(site.Url($"/staff/cases/{number}"));
        Assert.Equal(403, refused!.Status);
        Assert.Equal("此案件不屬於您的單位", await unitPage.Locator("h1").TextContentAsync());
        Assert.DoesNotContain("電子秤好像不準", await unitPage.ContentAsync(), StringComparison.Ordinal);
        await Screenshots.SaveAsync(unitPage, "staff-case-other-unit.zh-TW.phone");
    }

    private async Task<IReadOnlyList<AuditEntry>> AuditAsync(string number)
    {
        var entries = new List<AuditEntry>();
        await foreach (var entry in site.Host.Services.GetRequiredService<IAuditTrail>().ListMonthAsync(MonthKey.Of(DateTimeOffset.UtcNow), CancellationToken.None))
        {
            if (entry.Resource == number)
            {
                entries.Add(entry);
            }
        }
        return entries;
    }

    private async Task<IReadOnlyList<OutgoingEmail>> OutboxAsync(params string[] kinds)
    {
        var outbox = site.Host.Services.GetRequiredService<IEmailOutboxStore>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var found = new List<OutgoingEmail>();
            await foreach (var email in outbox.ListRecentAsync(500, CancellationToken.None))
            {
                if (email.To == CitizenEmail && kinds.Contains(email.Kind))
                {
                    found.Add(email);
                }
            }
            if (kinds.All(k => found.Any(e => e.Kind == k)))
            {
                return found;
            }
            Assert.True(DateTime.UtcNow < deadline, $"The outbox holds only {string.Join(", ", found.Select(e => e.Kind))} for {CitizenEmail}.");
            await Task.Delay(500);
        }
    }
}
