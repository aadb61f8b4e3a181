using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Privacy;
using ServiceQuality.Domain.Tests.Builders;
using Xunit;

namespace ServiceQuality.Domain.Tests.Privacy;

public sealed class ContactPurgeServiceTests
{
    private static readonly DateOnly Due = new(2026, 3, 10);

    private readonly InMemoryCases _cases = new();
    private readonly ManualClock _clock = ManualClock.AtTaipei(2026, 6, 30);

    private ContactPurgeService Service(int days = 90) =>
        new(_cases, _cases, new PrivacyOptions { ContactRetentionDays = days }, _clock);

    private Case Closed(int sequence, DateTimeOffset closedAt)
    {
        var c = InMemoryCases.NewCase(sequence, Due, status: CaseStatus.Closed) with { Reply = "已回覆。", ClosedAt = closedAt };
        return _cases.Add(c, new CaseContact(c.Number, "林美玲", "lin@example.tw", "0912345678", "zh-TW"));
    }

    [Fact]
    public async Task Contacts_of_cases_closed_longer_ago_than_the_retention_are_deleted_and_the_deletion_recorded()
    {
        var old = Closed(1, _clock.GetUtcNow().AddDays(-91));

        var purged = await Service().PurgeAsync(CancellationToken.None);

        Assert.Equal([old.Number], purged);
        Assert.Null(await ((ICaseContactStore)_cases).FindAsync(old.Number, CancellationToken.None));
        var entry = Assert.Single(_cases.Get(old.Number).History, e => e.Kind == ContactPurgeService.PurgedEvent);
        Assert.Equal(ContactPurgeService.Actor, entry.Actor);
    }

    [Fact]
    public async Task Recently_closed_and_open_cases_keep_their_contacts()
    {
        var recent = Closed(2, _clock.GetUtcNow().AddDays(-89));
        var open = _cases.Add(InMemoryCases.NewCase(3, Due), new CaseContact(new CaseNumber(2026, 3), null, "a@example.tw", null, "zh-TW"));

        var purged = await Service().PurgeAsync(CancellationToken.None);

        Assert.Empty(purged);
        Assert.NotNull(await ((ICaseContactStore)_cases).FindAsync(recent.Number, CancellationToken.None));
        Assert.NotNull(await ((ICaseContactStore)_cases).FindAsync(open.Number, CancellationToken.None));
    }

    [Fact]
    public async Task Running_twice_records_the_purge_once()
    {
        var old = Closed(4, _clock.GetUtcNow().AddDays(-200));

        await Service().PurgeAsync(CancellationToken.None);
        var second = await Service().PurgeAsync(CancellationToken.None);

        Assert.Empty(second);
        Assert.Single(_cases.Get(old.Number).History, e => e.Kind == ContactPurgeService.PurgedEvent);
    }

    [Fact]
    public async Task The_retention_period_is_configurable()
    {
        var closed = Closed(5, _clock.GetUtcNow().AddDays(-8));

        Assert.Empty(await Service(days: 30).PurgeAsync(CancellationToken.None));
        Assert.Equal([closed.Number], await Service(days: 7).PurgeAsync(CancellationToken.None));
    }
}
