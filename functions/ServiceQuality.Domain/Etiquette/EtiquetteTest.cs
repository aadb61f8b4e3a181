using ServiceQuality.Domain.Time;

namespace ServiceQuality.Domain.Etiquette;

/// <summary>
/// A stored phone-etiquette test. <paramref name="Total"/> and <paramref name="Grade"/> are computed by the
/// server from the scores and the rubric of <paramref name="RubricVersion"/>, and kept so that a later change
/// of weights or bands never rewrites the result a member of staff was told.
/// </summary>
public sealed record EtiquetteTest(
    string Id,
    DateTimeOffset TestedAt,
    string UnitId,
    string? Staff,
    string? Extension,
    string Tester,
    IReadOnlyDictionary<string, int> Scores,
    int Total,
    string Grade,
    bool Commended,
    DateOnly? RetestDue,
    string? Notes,
    int RubricVersion,
    DateTimeOffset RecordedAt,
    string RecordedBy)
{
    public MonthKey Month => MonthKey.Of(TestedAt);

    public TestPeriod Period => TestPeriod.Of(TestedAt);

    public DateOnly TestedOn => TaipeiTime.DateOf(TestedAt);

    /// <summary>
    /// Whether <paramref name="other"/> tested the same person: the same unit and the same extension, or,
    /// where either test lacks an extension, the same staff name.
    /// </summary>
    public bool IsSamePersonAs(EtiquetteTest other) =>
        UnitId == other.UnitId
        && (Extension is not null && other.Extension is not null
            ? string.Equals(Extension, other.Extension, StringComparison.OrdinalIgnoreCase)
            : Staff is not null && string.Equals(Staff, other.Staff, StringComparison.OrdinalIgnoreCase));
}
