using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Tests.Builders;
using Xunit;

namespace ServiceQuality.Domain.Tests.Cases;

public sealed class CaseWorkloadTests
{
    // 2027-01-05 10:00 in Taipei.
    private static readonly DateTimeOffset Now = new(2027, 1, 5, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateOnly Today = new(2027, 1, 5);

    private static async Task<CaseWorkload> CountAsync(string? unitId, params Case[] cases)
    {
        var store = new InMemoryCases();
        foreach (var c in cases)
        {
            store.Add(c);
        }
        return await new CaseWorkloadService(store, new FixedClock(Now)).CountAsync(unitId, CancellationToken.None);
    }

    [Fact]
    public async Task Open_cases_are_counted_as_needing_review_overdue_or_due_today_and_replied_or_closed_ones_are_not()
    {
        var workload = await CountAsync(null,
            CaseBuilder.Numbered(1, Today.AddDays(3)).NeedingReview(),
            CaseBuilder.Numbered(2, Today.AddDays(-1)),
            CaseBuilder.Numbered(3, Today),
            CaseBuilder.Numbered(4, Today.AddDays(-2)).Replied(),
            CaseBuilder.Numbered(5, Today.AddDays(-2)).Closed(),
            CaseBuilder.Numbered(6, Today).Replied());

        Assert.Equal(new CaseWorkload(NeedsReview: 1, Overdue: 1, DueToday: 1), workload);
    }

    [Fact]
    public async Task A_case_filed_last_year_and_overdue_now_is_counted()
    {
        var workload = await CountAsync(null, CaseBuilder.Numbered(9, Today.AddDays(-1)).InYear(2026));

        Assert.Equal(1, workload.Overdue);
    }

    [Fact]
    public async Task A_units_count_leaves_out_other_units_and_cases_no_unit_has_taken()
    {
        var workload = await CountAsync("inspection-1",
            CaseBuilder.Numbered(1, Today.AddDays(-1)).Unit("inspection-1"),
            CaseBuilder.Numbered(2, Today.AddDays(-1)),
            CaseBuilder.Numbered(3, Today).NeedingReview(),
            CaseBuilder.Numbered(4, Today).Unit("inspection-1"));

        Assert.Equal(new CaseWorkload(NeedsReview: 0, Overdue: 1, DueToday: 1), workload);
    }
}
