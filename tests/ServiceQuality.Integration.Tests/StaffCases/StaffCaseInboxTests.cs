using System.Net;
using ServiceQuality.DevHosting;
using ServiceQuality.Domain.Cases;
using Xunit;

namespace ServiceQuality.Integration.Tests.StaffCases;

/// <summary>The case inbox through the local host: order, filters, paging and a unit member's view, signed in as staff.json people.</summary>
[Collection(StaffCasesCollection.Name)]
public sealed class StaffCaseInboxTests(StaffCasesFixture fixture)
{
    [Fact]
    public async Task Needs_review_comes_first_then_overdue_then_due_date_then_priority()
    {
        var later = await fixture.Seed.AddAsync(10);
        var soonLow = await fixture.Seed.AddAsync(5, CaseSeed.WithPriority(10));
        var soonHigh = await fixture.Seed.AddAsync(5, CaseSeed.WithPriority(80));
        var overdue = await fixture.Seed.AddAsync(-3, CaseSeed.WithPriority(5));
        var review = await fixture.Seed.AddAsync(30, CaseSeed.NeedingReview);
        using var triage = await StaffCasePages.SignInAsync(fixture.Host, TestStaff.Triage);

        var listed = await triage.ListAllAsync();

        int At(Case c) => listed.ToList().IndexOf(c.Number.ToString());
        Assert.All(new[] { review, overdue, soonHigh, soonLow, later }, c => Assert.True(At(c) >= 0, $"{c.Number} is listed."));
        Assert.True(At(review) < At(overdue) && At(overdue) < At(soonHigh) && At(soonHigh) < At(soonLow) && At(soonLow) < At(later),
            $"Listed in the order {string.Join(", ", listed)}.");
    }

    [Fact]
    public async Task Closed_cases_are_listed_only_when_asked_for()
    {
        var closed = await fixture.Seed.AddAsync(-20, CaseSeed.Closed);
        using var triage = await StaffCasePages.SignInAsync(fixture.Host, TestStaff.Triage);

        Assert.DoesNotContain(closed.Number.ToString(), await triage.ListAllAsync());
        Assert.Contains(closed.Number.ToString(), await triage.ListAllAsync("closed=true"));
        Assert.Contains(closed.Number.ToString(), await triage.ListAllAsync("status=closed"));
    }

    [Fact]
    public async Task Filters_by_unit_category_status_and_channel_narrow_the_list_and_a_past_year_is_empty()
    {
        var safety = await fixture.Seed.AddAsync(7, c => c with { UnitId = "inspection-2", Category = "product-safety-incident", Channel = "phone" });
        var replied = await fixture.Seed.AddAsync(7, c => c with { Status = CaseStatus.Replied, Reply = "已處理。", RepliedAt = c.FiledAt });
        var routed = await fixture.Seed.AddAsync(7);
        using var triage = await StaffCasePages.SignInAsync(fixture.Host, TestStaff.Triage);

        var byUnit = await triage.ListAllAsync("unit=inspection-2&category=product-safety-incident&channel=phone");
        var byStatus = await triage.ListAllAsync("status=replied");
        var (_, lastYear) = await triage.GetAsync($"/staff/cases?year={CaseSeed.Today.Year - 1}&lang=en");

        Assert.Contains(safety.Number.ToString(), byUnit);
        Assert.DoesNotContain(routed.Number.ToString(), byUnit);
        Assert.Contains(replied.Number.ToString(), byStatus);
        Assert.DoesNotContain(routed.Number.ToString(), byStatus);
        Assert.Equal("No case matches these filters.", lastYear.QuerySelector("#case-count")!.TextContent);
    }

    [Fact]
    public async Task Pages_hold_the_configured_number_of_cases_and_their_links_keep_the_filters()
    {
        for (var i = 0; i < StaffCasesFixture.PageSize + 1; i++)
        {
            await fixture.Seed.AddAsync(12, c => c with { Channel = "counter" });
        }
        using var triage = await StaffCasePages.SignInAsync(fixture.Host, TestStaff.Triage);

        var (_, first) = await triage.GetAsync("/staff/cases?channel=counter&lang=en");
        var all = await triage.ListAllAsync("channel=counter&lang=en");

        Assert.Equal(StaffCasesFixture.PageSize, first.QuerySelectorAll("table.case-table tbody tr").Length);
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains("channel=counter", next, StringComparison.Ordinal);
        Assert.Contains("page=2", next, StringComparison.Ordinal);
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.StartsWith($"{all.Count} cases, showing 1 to {StaffCasesFixture.PageSize}.", first.QuerySelector("#case-count")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_member_sees_only_their_units_cases()
    {
        var mine = await fixture.Seed.AddAsync(9);
        var theirs = await fixture.Seed.AddAsync(9, c => c with { UnitId = "inspection-2", Category = "product-safety-incident" });
        var review = await fixture.Seed.AddAsync(9, CaseSeed.NeedingReview);
        using var metrology = await StaffCasePages.SignInAsync(fixture.Host, TestStaff.UnitMetrology);

        var listed = await metrology.ListAllAsync();
        var (_, page) = await metrology.GetAsync("/staff/cases?unit=inspection-2");

        Assert.Contains(mine.Number.ToString(), listed);
        Assert.DoesNotContain(theirs.Number.ToString(), listed);
        Assert.DoesNotContain(review.Number.ToString(), listed);
        Assert.Empty(page.QuerySelectorAll("table.case-table tbody tr"));
        Assert.Equal(["metrology"], page.QuerySelectorAll("#unit option").Select(o => o.GetAttribute("value")));
    }

    [Fact]
    public async Task A_bad_filter_shows_the_inbox_again_with_400_naming_it()
    {
        using var triage = await StaffCasePages.SignInAsync(fixture.Host, TestStaff.Triage);

        var (status, page) = await triage.GetAsync("/staff/cases?status=lost&lang=en");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("#status", page.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal("true", page.QuerySelector("#status")!.GetAttribute("aria-invalid"));
        Assert.Null(page.QuerySelector("table.case-table"));
    }

    [Fact]
    public async Task Someone_not_signed_in_is_sent_to_the_sign_in_and_a_manager_is_refused()
    {
        using var anonymous = fixture.Host.CreateClient();
        using var manager = await StaffCasePages.SignInAsync(fixture.Host, TestStaff.Manager);

        using var redirect = await anonymous.GetAsync("/staff/cases?unit=metrology");
        var (status, _) = await manager.GetAsync("/staff/cases");

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.StartsWith("/staff/sign-in?returnUrl=", redirect.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task The_inbox_shows_who_is_signed_in_in_the_staff_header()
    {
        using var triage = await StaffCasePages.SignInAsync(fixture.Host, TestStaff.Triage);

        var (_, page) = await triage.GetAsync("/staff/cases");

        Assert.Contains("陳怡君", page.QuerySelector("header")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/staff/cases", page.QuerySelector("nav a[aria-current=page]")!.GetAttribute("href"));
    }
}
