using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ServiceQuality.DevHosting;
using ServiceQuality.Domain.Audit;
using ServiceQuality.Domain.Classification;
using ServiceQuality.Domain.Reports;
using ServiceQuality.Domain.Time;
using ServiceQuality.Integration.Tests.Builders;
using Xunit;

namespace ServiceQuality.Integration.Tests.StaffPages;

[Collection(StaffPagesCollection.Name)]
public sealed class StaffOperationsPageTests(StaffPagesFixture fixture)
{
    private const string AdminAuditName = "李建宏 <li.jianhong@branch.example.gov.tw>";
    private const string Poisoned = "cases-to-classify-poison";

    private static MonthKey ThisMonth => MonthKey.Of(DateTimeOffset.UtcNow);

    private RollupService Rollups => fixture.Host.Services.GetRequiredService<RollupService>();

    /// <summary>A poison message the classifier handles without failing once replayed: a case it has already routed.</summary>
    private async Task PoisonAsync()
    {
        var routed = await fixture.Cases.AddAsync(10);
        var queue = fixture.Queues.GetQueueClient(Poisoned);
        await queue.CreateIfNotExistsAsync();
        await queue.SendMessageAsync($"{{\"caseNumber\":\"{routed.Number}\"}}");
    }

    private async Task<int> PoisonCountAsync() => (await fixture.Queues.GetQueueClient(Poisoned).PeekMessagesAsync(32)).Value.Length;

    [Fact]
    public async Task The_page_shows_the_outbox_each_queues_failed_messages_the_recompute_forms_and_every_models_versions()
    {
        await PoisonAsync();
        await fixture.Host.WarmUpModelsAsync();
        using var admin = await StaffBrowser.SignInAsync(fixture.Host, TestStaff.Admin);

        var (status, page) = await admin.GetAsync("/staff/operations?lang=en");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(page.QuerySelector("a[href='/outbox?lang=en']"));
        var queues = page.QuerySelectorAll("section[aria-labelledby=poison] tbody tr");
        Assert.Equal(["comments-to-classify", "cases-to-classify", "email-outbox"], queues.Select(r => r.QuerySelector("th")!.TextContent));
        var cases = queues[1];
        Assert.NotEqual("0", cases.QuerySelectorAll("td")[0].TextContent);
        Assert.NotNull(cases.QuerySelector("form[method=post][action='/staff/operations/poison/cases-to-classify/replay?lang=en'] input[name=staffFormToken]"));
        Assert.Equal(2, page.QuerySelectorAll("form[action='/staff/operations/rollups?lang=en']").Length);
        Assert.Equal(ModelNames.All, page.QuerySelectorAll("section[aria-labelledby=models] h3").Select(h => h.TextContent));
        Assert.Equal(ModelNames.All.Count, page.QuerySelectorAll("section[aria-labelledby=models] tbody th strong").Count(s => s.TextContent == "(serving)"));
        Assert.All(page.QuerySelectorAll("table"), table => Assert.NotNull(table.QuerySelector("caption")));
    }

    [Fact]
    public async Task Replaying_a_queue_sends_its_poison_messages_back_audits_the_administrator_and_comes_back_with_how_many()
    {
        await PoisonAsync();
        var waiting = await PoisonCountAsync();
        using var admin = await StaffBrowser.SignInAsync(fixture.Host, TestStaff.Admin);
        var token = await admin.TokenAsync("/staff/operations");

        using var response = await admin.PostAsync("/staff/operations/poison/cases-to-classify/replay", [], token);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal($"/staff/operations?done=replayed&queue=cases-to-classify&count={waiting}", response.Headers.Location!.ToString());
        Assert.Equal(0, await PoisonCountAsync());
        Assert.Equal(AdminAuditName, (await fixture.Seed.AuditAsync(AuditActions.PoisonReplayed)).First().Actor);
        var (_, landed) = await admin.GetAsync(response.Headers.Location!.ToString());
        Assert.Contains($"已將 cases-to-classify 的 {waiting} 則訊息送回重新處理", landed.QuerySelector("[role=status]")!.TextContent);
    }

    [Fact]
    public async Task A_replay_without_the_anti_forgery_token_or_of_an_unknown_queue_moves_nothing()
    {
        await PoisonAsync();
        var waiting = await PoisonCountAsync();
        using var admin = await StaffBrowser.SignInAsync(fixture.Host, TestStaff.Admin);

        using var forged = await admin.PostAsync("/staff/operations/poison/cases-to-classify/replay", [], token: null);
        using var unknown = await admin.PostAsync("/staff/operations/poison/no-such-queue/replay", [], await admin.TokenAsync("/staff/operations"));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("#poison", (await StaffBrowser.ParseAsync(unknown)).QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal(waiting, await PoisonCountAsync());
    }

    [Fact]
    public async Task Recomputing_a_month_stores_its_figures_now_audits_it_and_links_to_the_report()
    {
        using var admin = await StaffBrowser.SignInAsync(fixture.Host, TestStaff.Admin);
        var token = await admin.TokenAsync("/staff/operations");
        var before = DateTimeOffset.UtcNow;
        var month = ThisMonth.Previous;

        using var response = await admin.PostAsync("/staff/operations/rollups?lang=en",
            [new("scope", "month"), new("year", month.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("month", month.Month.ToString(System.Globalization.CultureInfo.InvariantCulture))], token);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal($"/staff/operations?done=recomputed&period={month}&lang=en", response.Headers.Location!.ToString());
        Assert.True(await Rollups.ComputedAtAsync(ReportPeriod.OfMonth(month), CancellationToken.None) >= before.AddSeconds(-1));
        Assert.Equal(AdminAuditName, (await fixture.Seed.AuditAsync(AuditActions.RollupRecomputed)).First(e => e.Resource == $"rollups/{month}").Actor);
        var (_, landed) = await admin.GetAsync(response.Headers.Location!.ToString());
        Assert.Equal($"/reports/{month.Year}/{month.Month}?lang=en", landed.QuerySelector("[role=status] a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_bad_or_future_period_or_a_missing_token_is_refused_and_computes_nothing()
    {
        using var admin = await StaffBrowser.SignInAsync(fixture.Host, TestStaff.Admin);
        var untouched = new MonthKey(TestYears.Last - 3, 2);
        var year = untouched.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var badMonth = await admin.PostAsync("/staff/operations/rollups", [new("scope", "month"), new("year", year), new("month", "13")], await admin.TokenAsync("/staff/operations"));
        using var future = await admin.PostAsync("/staff/operations/rollups", [new("scope", "year"), new("year", (ThisMonth.Year + 2).ToString(System.Globalization.CultureInfo.InvariantCulture))], await admin.TokenAsync("/staff/operations"));
        using var forged = await admin.PostAsync("/staff/operations/rollups", [new("scope", "month"), new("year", year), new("month", "2")], token: null);

        Assert.Equal(HttpStatusCode.BadRequest, badMonth.StatusCode);
        var page = await StaffBrowser.ParseAsync(badMonth);
        Assert.Equal("#rollup-month-month", page.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal("13", page.QuerySelector("#rollup-month-month")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Equal("#rollup-year-year", (await StaffBrowser.ParseAsync(future)).QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Null(await Rollups.ComputedAtAsync(ReportPeriod.OfMonth(untouched), CancellationToken.None));
    }

    [Theory]
    [InlineData(TestStaff.Manager)]
    [InlineData(TestStaff.Triage)]
    [InlineData(TestStaff.EtiquetteTester)]
    public async Task Only_an_administrator_opens_the_operations_page_or_replays(string staffId)
    {
        using var browser = await StaffBrowser.SignInAsync(fixture.Host, staffId);

        var (status, page) = await browser.GetAsync("/staff/operations");
        using var replay = await browser.PostAsync("/staff/operations/poison/cases-to-classify/replay", [], token: null);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("您的角色無法使用此功能", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.Forbidden, replay.StatusCode);
    }
}
