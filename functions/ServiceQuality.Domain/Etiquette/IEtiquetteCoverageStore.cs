namespace ServiceQuality.Domain.Etiquette;

/// <summary>Where the daily coverage check writes its result: one row per unit and period.</summary>
public interface IEtiquetteCoverageStore
{
    /// <summary>Writes the period's rows, replacing an earlier check of the same period.</summary>
    Task SaveAsync(PeriodCoverage coverage, DateTimeOffset checkedAt, CancellationToken cancellationToken);

    IAsyncEnumerable<UnitCoverage> ListPeriodAsync(TestPeriod period, CancellationToken cancellationToken);
}
