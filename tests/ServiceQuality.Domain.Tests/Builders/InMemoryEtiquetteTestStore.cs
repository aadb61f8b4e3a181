using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ServiceQuality.Domain.Etiquette;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Domain.Tests.Builders;

/// <summary>The etiquette-test port in memory, keyed as the table is.</summary>
public sealed class InMemoryEtiquetteTestStore : IEtiquetteTestStore
{
    private readonly ConcurrentDictionary<(string Month, string Id), EtiquetteTest> _tests = new();

    public IReadOnlyCollection<EtiquetteTest> All => _tests.Values.ToList();

    public Task SaveAsync(EtiquetteTest test, CancellationToken cancellationToken)
    {
        _tests[(test.Month.ToString(), test.Id)] = test;
        return Task.CompletedTask;
    }

    public Task<EtiquetteTest?> FindAsync(MonthKey month, string id, CancellationToken cancellationToken) =>
        Task.FromResult(_tests.GetValueOrDefault((month.ToString(), id)));

    public async IAsyncEnumerable<EtiquetteTest> ListMonthAsync(MonthKey month, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var test in _tests.Where(t => t.Key.Month == month.ToString()).Select(t => t.Value))
        {
            yield return test;
        }
    }
}
