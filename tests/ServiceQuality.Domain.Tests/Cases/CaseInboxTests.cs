using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Tests.Builders;
using Xunit;

namespace ServiceQuality.Domain.Tests.Cases;

public sealed class CaseInboxTests
{
    // Wednesday 2026-03-11, noon in Taipei.
    private static readonly FixedClock Now = FixedClock.AtTaipei(2026, 3, 11);
    private readonly InMemoryCases _cases = new();

    private CaseInbox Inbox(int pageSize = 25) => new(_cases, new CaseInboxOptions { PageSize = pageSize }, Now);

    private async Task<IReadOnlyList<string>> NumbersAsync(CaseInboxQuery query, string? scope = null, int pageSize = 25) =>
        (await Inbox(pageSize).ReadAsync(query, scope, CancellationToken.None)).Cases.Select(c => c.Number.ToString()).ToList();

    [Fact]
    public async Task Needs_review_comes_first_then_overdue_then_by_due_date_then_priority()
    {
        _cases.Add(CaseBuilder.Numbered(1, new DateOnly(2026, 3, 20)).Priority(95));
        _cases.Add(CaseBuilder.Numbered(2, new DateOnly(2026, 3, 13)).Priority(10));
        _cases.Add(CaseBuilder.Numbered(3, new DateOnly(2026, 3, 13)).Priority(60));
        _cases.Add(CaseBuilder.Numbered(4, new DateOnly(2026, 3, 9)).Priority(5));
        _cases.Add(CaseBuilder.Numbered(5, new DateOnly(2026, 3, 25)).NeedingReview().Priority(0));
        _cases.Add(CaseBuilder.Numbered(6, new DateOnly(2026, 3, 24)).Received());

        var order = await NumbersAsync(new CaseInboxQuery(2026));

        Assert.Equal(["2026-000006", "2026-000005", "2026-000004", "2026-000003", "2026-000002", "2026-000001"], order);
    }

    [Fact]
    public async Task A_closed_case_of_top_priority_is_hidden_unless_asked_for_and_then_comes_last()
    {
        _cases.Add(CaseBuilder.Numbered(1, new DateOnly(2026, 3, 2)).Priority(95).Closed());
        _cases.Add(CaseBuilder.Numbered(2, new DateOnly(2026, 3, 20)).NeedingReview());
        _cases.Add(CaseBuilder.Numbered(3, new DateOnly(2026, 3, 30)).Priority(5));

        var open = await NumbersAsync(new CaseInboxQuery(2026));
        var all = await NumbersAsync(new CaseInboxQuery(2026, IncludeClosed: true));
        var closedOnly = await NumbersAsync(new CaseInboxQuery(2026, Status: CaseStatus.Closed));

        Assert.Equal(["2026-000002", "2026-000003"], open);
        Assert.Equal(["2026-000002", "2026-000003", "2026-000001"], all);
        Assert.Equal(["2026-000001"], closedOnly);
    }

    [Fact]
    public async Task A_replied_case_past_its_due_date_is_not_overdue()
    {
        _cases.Add(CaseBuilder.Numbered(1, new DateOnly(2026, 3, 2)).Replied());
        _cases.Add(CaseBuilder.Numbered(2, new DateOnly(2026, 3, 5)));

        Assert.Equal(["2026-000002", "2026-000001"], await NumbersAsync(new CaseInboxQuery(2026)));
    }

    [Fact]
    public async Task The_due_filter_lists_only_the_overdue_or_only_the_unanswered_cases_due_today()
    {
        _cases.Add(CaseBuilder.Numbered(1, new DateOnly(2026, 3, 9)));
        _cases.Add(CaseBuilder.Numbered(2, new DateOnly(2026, 3, 11)));
        _cases.Add(CaseBuilder.Numbered(3, new DateOnly(2026, 3, 11)).Replied());
        _cases.Add(CaseBuilder.Numbered(4, new DateOnly(2026, 3, 12)));
        _cases.Add(CaseBuilder.Numbered(5, new DateOnly(2026, 3, 2)).Replied());

        Assert.Equal(["2026-000001"], await NumbersAsync(new CaseInboxQuery(2026, Due: CaseInboxQuery.Overdue)));
        Assert.Equal(["2026-000002"], await NumbersAsync(new CaseInboxQuery(2026, Due: CaseInboxQuery.DueToday)));
        Assert.Equal(5, (await NumbersAsync(new CaseInboxQuery(2026))).Count);
    }

    [Fact]
    public async Task Filters_by_unit_category_status_channel_and_year_combine()
    {
        var due = new DateOnly(2026, 3, 20);
        _cases.Add(CaseBuilder.Numbered(1, due));
        _cases.Add(CaseBuilder.Numbered(2, due).Unit("inspection-2").Category("product-safety-incident"));
        _cases.Add(CaseBuilder.Numbered(3, due).Channel("email"));
        _cases.Add(CaseBuilder.Numbered(4, due).Replied());
        _cases.Add(CaseBuilder.Numbered(5, due).InYear(2025));

        Assert.Equal(["2026-000002"], await NumbersAsync(new CaseInboxQuery(2026, UnitId: "inspection-2")));
        Assert.Equal(["2026-000002"], await NumbersAsync(new CaseInboxQuery(2026, Category: "product-safety-incident")));
        Assert.Equal(["2026-000004"], await NumbersAsync(new CaseInboxQuery(2026, Status: CaseStatus.Replied)));
        Assert.Equal(["2026-000003"], await NumbersAsync(new CaseInboxQuery(2026, Channel: "email")));
        Assert.Equal(["2025-000005"], await NumbersAsync(new CaseInboxQuery(2025)));
        Assert.Equal(["2026-000001", "2026-000004"], await NumbersAsync(new CaseInboxQuery(2026, UnitId: "metrology", Channel: "web")));
    }

    [Fact]
    public async Task A_unit_member_sees_only_their_units_cases_whatever_the_filter_says()
    {
        var due = new DateOnly(2026, 3, 20);
        _cases.Add(CaseBuilder.Numbered(1, due));
        _cases.Add(CaseBuilder.Numbered(2, due).Unit("inspection-2"));
        _cases.Add(CaseBuilder.Numbered(3, due).NeedingReview());

        Assert.Equal(["2026-000001"], await NumbersAsync(new CaseInboxQuery(2026), scope: "metrology"));
        Assert.Empty(await NumbersAsync(new CaseInboxQuery(2026, UnitId: "inspection-2"), scope: "metrology"));
        Assert.Equal(["2026-000003", "2026-000001", "2026-000002"], await NumbersAsync(new CaseInboxQuery(2026)));
    }

    [Fact]
    public async Task Pages_hold_the_page_size_and_count_every_matching_case()
    {
        for (var i = 1; i <= 7; i++)
        {
            _cases.Add(CaseBuilder.Numbered(i, new DateOnly(2026, 3, 12 + i)));
        }
        _cases.Add(CaseBuilder.Numbered(8, new DateOnly(2026, 3, 12)).Closed());

        var second = await Inbox(pageSize: 3).ReadAsync(new CaseInboxQuery(2026, Page: 2), null, CancellationToken.None);
        var last = await Inbox(pageSize: 3).ReadAsync(new CaseInboxQuery(2026, Page: 3), null, CancellationToken.None);
        var beyond = await Inbox(pageSize: 3).ReadAsync(new CaseInboxQuery(2026, Page: 9), null, CancellationToken.None);

        Assert.Equal(7, second.Total);
        Assert.Equal(3, second.PageCount);
        Assert.Equal(["2026-000004", "2026-000005", "2026-000006"], second.Cases.Select(c => c.Number.ToString()));
        Assert.Equal(["2026-000007"], last.Cases.Select(c => c.Number.ToString()));
        Assert.Empty(beyond.Cases);
        Assert.Equal(7, beyond.Total);
    }

    [Fact]
    public void The_needs_review_mark_covers_unrouted_open_cases_only()
    {
        var due = new DateOnly(2026, 3, 20);

        Assert.True(CaseInboxOrder.NeedsReview(CaseBuilder.Numbered(1, due).NeedingReview()));
        Assert.True(CaseInboxOrder.NeedsReview(CaseBuilder.Numbered(1, due).Received()));
        Assert.True(CaseInboxOrder.NeedsReview(CaseBuilder.Numbered(1, due).Unit(null).Replied()));
        Assert.False(CaseInboxOrder.NeedsReview(CaseBuilder.Numbered(1, due)));
        Assert.False(CaseInboxOrder.NeedsReview(CaseBuilder.Numbered(1, due).Unit(null).Closed()));
    }
}
