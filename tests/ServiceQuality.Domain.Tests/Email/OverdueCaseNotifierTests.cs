using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Email;
using ServiceQuality.Domain.Tests.Builders;
using Xunit;

namespace ServiceQuality.Domain.Tests.Email;

public sealed class OverdueCaseNotifierTests
{
    private readonly Emails _emails = new();

    [Fact]
    public async Task A_case_past_its_due_date_is_notified_to_the_citizen_and_the_unit_once()
    {
        var c = _emails.Cases.Add(InMemoryCases.NewCase(1, new DateOnly(2026, 3, 12)),
            new CaseContact(new CaseNumber(2026, 1), "王小明", "citizen@example.com", null, "en"));

        var beforeDue = await _emails.Notifier.RunAsync(default);
        _emails.Clock.Advance(TimeSpan.FromDays(3));
        var first = await _emails.Notifier.RunAsync(default);
        _emails.Clock.Advance(TimeSpan.FromDays(1));
        var second = await _emails.Notifier.RunAsync(default);

        Assert.Empty(beforeDue);
        Assert.Equal([c.Number], first);
        Assert.Empty(second);
        var messages = _emails.Queue.Messages;
        Assert.Equal(2, messages.Count);
        var citizen = Assert.Single(messages, m => m.Template == EmailKinds.OverdueCitizen);
        Assert.Equal(("citizen@example.com", "en"), (citizen.To, citizen.Language));
        var unit = Assert.Single(messages, m => m.Template == EmailKinds.OverdueUnit);
        Assert.Equal("metrology@branch.example.gov.tw", unit.To);
        Assert.Equal("1", unit.Values[EmailValues.DaysOverdue]);
        Assert.Single(_emails.Cases.Get(c.Number).History, e => e.Kind == CaseEmails.OverdueNotified);
    }

    [Fact]
    public async Task Replied_and_closed_cases_are_not_overdue()
    {
        var replied = InMemoryCases.NewCase(2, new DateOnly(2026, 3, 2)) with { Reply = "已處理", RepliedAt = DateTimeOffset.UnixEpoch, Status = CaseStatus.Replied };
        _emails.Cases.Add(replied, new CaseContact(replied.Number, null, "a@example.com", null, "zh-TW"));
        _emails.Cases.Add(InMemoryCases.NewCase(3, new DateOnly(2026, 3, 2), status: CaseStatus.Closed));

        Assert.Empty(await _emails.Notifier.RunAsync(default));
        Assert.Empty(_emails.Queue.Messages);
    }

    [Fact]
    public async Task A_case_filed_last_year_that_falls_due_this_year_is_found()
    {
        var late = InMemoryCases.NewCase(7, new DateOnly(2025, 12, 31));
        _emails.Cases.Add(late);

        var notified = await _emails.Notifier.RunAsync(default);

        Assert.Equal([late.Number], notified);
        Assert.Equal(EmailKinds.OverdueUnit, Assert.Single(_emails.Queue.Messages).Template);
    }
}
