namespace ServiceQuality.Domain.Etiquette;

/// <summary>The coverage of the period a date falls in (so far) and of the period before it (final).</summary>
public sealed record EtiquetteCoverageStatus(DateOnly AsOf, PeriodCoverage Current, PeriodCoverage Previous);
