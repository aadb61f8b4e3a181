namespace ServiceQuality.Domain.Etiquette;

/// <summary>
/// The phone-etiquette figures of one month (<paramref name="Month"/> set) or one year (<paramref name="Month"/>
/// null), as the monthly and yearly reports print them. Days are Taipei calendar days; averages and percentages
/// are rounded to one decimal, half away from zero.
/// </summary>
/// <param name="From">The first day of the month or year.</param>
/// <param name="To">The last day of the month or year.</param>
/// <param name="AsOf">The day the figures were computed: retests and coverage after it are not known yet.</param>
/// <param name="AverageScore">The mean total of the tests; null when there were none.</param>
/// <param name="Units">Every unit of the organisation, in its order, then any unit no longer in it that was tested.</param>
/// <param name="Commendations">Tests graded for commendation, highest score first.</param>
/// <param name="Retests">Tests graded below the retest line, oldest first, with whether the person was tested again.</param>
public sealed record EtiquetteFigures(
    int Year,
    int? Month,
    DateOnly From,
    DateOnly To,
    DateOnly AsOf,
    int TestCount,
    decimal? AverageScore,
    IReadOnlyList<EtiquetteUnitFigures> Units,
    IReadOnlyList<EtiquetteCommendation> Commendations,
    IReadOnlyList<EtiquetteRetest> Retests,
    EtiquetteCoverageCompliance Coverage);

/// <summary>One unit's tests in the month or year.</summary>
public sealed record EtiquetteUnitFigures(string UnitId, int TestCount, decimal? AverageScore);

/// <summary>A test on the commendation list: who was tested, where, and the score.</summary>
public sealed record EtiquetteCommendation(string TestId, DateTimeOffset TestedAt, string UnitId, string? Staff, string? Extension, int Score);

/// <summary>
/// A test that calls for a retest by <paramref name="RetestDue"/>. <paramref name="RetestedAt"/> is the first later
/// test of the same person (same unit and extension, or same name), at any date up to the day of the figures.
/// </summary>
public sealed record EtiquetteRetest(
    string TestId,
    DateTimeOffset TestedAt,
    string UnitId,
    string? Staff,
    string? Extension,
    int Score,
    DateOnly RetestDue,
    bool Retested,
    DateTimeOffset? RetestedAt,
    string? RetestId,
    int? RetestScore,
    bool Overdue);

/// <summary>
/// How many units were tested in each four-month period the month or year touches, counting tests up to the end
/// of the month or year; <paramref name="Percent"/> is units tested over units required across those periods.
/// </summary>
public sealed record EtiquetteCoverageCompliance(int UnitsTested, int UnitsRequired, decimal Percent, IReadOnlyList<EtiquettePeriodCompliance> Periods);

/// <summary>One period's coverage: units tested over all units, and the units not tested.</summary>
public sealed record EtiquettePeriodCompliance(
    TestPeriod Period,
    DateOnly FirstDay,
    DateOnly LastDay,
    DateOnly CountedUntil,
    int UnitsTested,
    int UnitCount,
    decimal Percent,
    IReadOnlyList<string> UntestedUnits);
