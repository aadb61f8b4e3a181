using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ServiceQuality.Domain.Cases;

namespace ServiceQuality.Domain.Tests.Builders;

/// <summary>The case and contact ports in memory, with versions checked on replace as the table's ETag is.</summary>
public sealed class InMemoryCases : ICaseStore, ICaseContactStore
{
    private readonly ConcurrentDictionary<CaseNumber, VersionedCase> _cases = new();
    private readonly ConcurrentDictionary<CaseNumber, CaseContact> _contacts = new();

    public Case Add(Case c, CaseContact? contact = null)
    {
        _cases[c.Number] = new VersionedCase(c, Guid.NewGuid().ToString());
        if (contact is not null)
        {
            _contacts[c.Number] = contact;
        }
        return c;
    }

    public Case Get(CaseNumber number) => _cases[number].Case;

    public Task<(Case Case, bool Replayed)?> CreateAsync(CaseDraft draft, string? idempotencyKey, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<VersionedCase?> FindAsync(CaseNumber number, CancellationToken cancellationToken) => Task.FromResult(_cases.GetValueOrDefault(number));

    public Task<string> ReplaceAsync(Case updated, string version, CancellationToken cancellationToken)
    {
        var current = _cases[updated.Number];
        var next = new VersionedCase(updated, Guid.NewGuid().ToString());
        if (current.Version != version || !_cases.TryUpdate(updated.Number, next, current))
        {
            throw new CaseConflictException(updated.Number);
        }
        return Task.FromResult(next.Version);
    }

    public async IAsyncEnumerable<Case> ListYearAsync(int year, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var c in _cases.Values.Select(v => v.Case).Where(c => c.Number.Year == year).OrderBy(c => c.Number.Sequence))
        {
            yield return c;
        }
    }

    public Task SaveAsync(CaseContact contact, CancellationToken cancellationToken)
    {
        _contacts[contact.Number] = contact;
        return Task.CompletedTask;
    }

    Task<CaseContact?> ICaseContactStore.FindAsync(CaseNumber number, CancellationToken cancellationToken) => Task.FromResult(_contacts.GetValueOrDefault(number));

    public Task DeleteAsync(CaseNumber number, CancellationToken cancellationToken)
    {
        _contacts.TryRemove(number, out _);
        return Task.CompletedTask;
    }

    public static Case NewCase(int sequence, DateOnly dueDate, string? unitId = "metrology", string status = CaseStatus.Routed) => new(
        new CaseNumber(dueDate.Year, sequence), TaipeiTimeOf(dueDate.AddDays(-5)), dueDate, "加油機少給油", "加油站的加油機好像少給油。", "web", "zh-TW",
        status, "metrology-dispute", 0.9f, 50, unitId, null, null, null, [new CaseEvent(TaipeiTimeOf(dueDate.AddDays(-5)), "citizen", "filed")]);

    private static DateTimeOffset TaipeiTimeOf(DateOnly date) => new(date.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));
}
