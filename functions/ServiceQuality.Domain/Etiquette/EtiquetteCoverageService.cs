using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Domain.Etiquette;

/// <summary>
/// The rule that every unit is tested at least once in each four-month period (January–April, May–August,
/// September–December, by the Taipei calendar): which units are covered, and which are not yet.
/// </summary>
public sealed class EtiquetteCoverageService(
    AgencyOrganisation organisation,
    IEtiquetteTestStore tests,
    IEtiquetteCoverageStore coverage,
    TimeProvider time)
{
    /// <summary>The coverage of the period <paramref name="asOf"/> falls in, up to the end of that day, and of the period before.</summary>
    public async Task<EtiquetteCoverageStatus> StatusAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        var current = TestPeriod.Of(asOf);
        var endOfDay = TaipeiTime.StartOf(asOf.AddDays(1));
        return new EtiquetteCoverageStatus(
            asOf,
            await ForPeriodAsync(current, endOfDay, cancellationToken),
            await ForPeriodAsync(current.Previous, current.Previous.End, cancellationToken));
    }

    /// <summary>Today's status, written to the coverage table; the daily timer calls this.</summary>
    public async Task<EtiquetteCoverageStatus> CheckAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var status = await StatusAsync(TaipeiTime.DateOf(now), cancellationToken);
        // The previous period is written again too: a test logged late but dated in it completes its record.
        await coverage.SaveAsync(status.Previous, now, cancellationToken);
        await coverage.SaveAsync(status.Current, now, cancellationToken);
        return status;
    }

    /// <summary>Each unit of the organisation with the tests dated in the period before <paramref name="until"/>.</summary>
    public async Task<PeriodCoverage> ForPeriodAsync(TestPeriod period, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var end = until < period.End ? until : period.End;
        var counted = new List<EtiquetteTest>();
        foreach (var month in period.Months.Where(m => m.Start < end))
        {
            await foreach (var test in tests.ListMonthAsync(month, cancellationToken))
            {
                if (test.TestedAt < end)
                {
                    counted.Add(test);
                }
            }
        }
        return Cover(period, end, organisation, counted);
    }

    /// <summary>The coverage of the given tests; those outside the period or after <paramref name="until"/> are ignored.</summary>
    public static PeriodCoverage Cover(TestPeriod period, DateTimeOffset until, AgencyOrganisation organisation, IEnumerable<EtiquetteTest> tests)
    {
        var byUnit = tests.Where(t => period.Contains(t.TestedAt) && t.TestedAt < until).ToLookup(t => t.UnitId);
        var units = organisation.Units
            .Select(u => new UnitCoverage(u.Id, period, byUnit[u.Id].Count(), byUnit[u.Id].Select(t => (DateTimeOffset?)t.TestedAt).Max()))
            .ToList();
        return new PeriodCoverage(period, until, units);
    }
}
