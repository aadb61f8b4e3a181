namespace ServiceQuality.Domain.Etiquette;

/// <summary>
/// Every unit's coverage in one period, counting the tests dated before <paramref name="CountedUntil"/>
/// (the end of the period once it is over).
/// </summary>
public sealed record PeriodCoverage(TestPeriod Period, DateTimeOffset CountedUntil, IReadOnlyList<UnitCoverage> Units)
{
    public DateOnly FirstDay => Period.FirstDay;

    public DateOnly LastDay => Period.LastDay;

    public IReadOnlyList<UnitCoverage> Untested => Units.Where(u => !u.Tested).ToList();

    public int UnitsTested => Units.Count(u => u.Tested);
}
