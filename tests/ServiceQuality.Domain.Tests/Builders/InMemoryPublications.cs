using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ServiceQuality.Domain.Audit;
using ServiceQuality.Domain.Integrity;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Domain.Tests.Builders;

/// <summary>Publication decisions and the audit trail in memory.</summary>
public sealed class InMemoryPublications : ISurveyPublicationStore, IAuditTrail
{
    private readonly ConcurrentDictionary<string, SurveyPublication> _publications = new();

    public List<AuditEntry> Audit { get; } = [];

    public Task SaveAsync(SurveyPublication publication, CancellationToken cancellationToken)
    {
        _publications[publication.SurveyId] = publication;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<SurveyPublication>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SurveyPublication>>(_publications.Values.ToList());

    public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        lock (Audit)
        {
            Audit.Add(entry);
        }
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<AuditEntry> ListMonthAsync(MonthKey month, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var entry in Audit.Where(e => MonthKey.Of(e.At) == month))
        {
            yield return entry;
        }
    }
}
