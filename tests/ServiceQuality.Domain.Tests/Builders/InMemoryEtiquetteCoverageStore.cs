using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ServiceQuality.Domain.Etiquette;

namespace ServiceQuality.Domain.Tests.Builders;

/// <summary>The coverage port in memory: one row per period and unit.</summary>
public sealed class InMemoryEtiquetteCoverageStore : IEtiquetteCoverageStore
{
    private readonly ConcurrentDictionary<(TestPeriod Period, string UnitId), UnitCoverage> _rows = new();

    public Task SaveAsync(PeriodCoverage coverage, DateTimeOffset checkedAt, CancellationToken cancellationToken)
    {
        foreach (var unit in coverage.Units)
        {
            _rows[(coverage.Period, unit.UnitId)] = unit;
        }
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<UnitCoverage> ListPeriodAsync(TestPeriod period, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var row in _rows.Where(r => r.Key.Period == period).Select(r => r.Value))
        {
            yield return row;
        }
    }
}
