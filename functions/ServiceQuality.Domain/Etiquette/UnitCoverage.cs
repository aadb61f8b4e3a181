namespace ServiceQuality.Domain.Etiquette;

/// <summary>Whether one unit has been tested in one four-month period, and how often.</summary>
public sealed record UnitCoverage(string UnitId, TestPeriod Period, int TestCount, DateTimeOffset? LastTestedAt)
{
    public bool Tested => TestCount > 0;
}
