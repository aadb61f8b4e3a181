using ServiceQuality.Domain.Etiquette;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Handlers.Http.Etiquette;

/// <summary>A stored test as the API shows it: times in Taipei, the grade with its name in both languages.</summary>
public sealed record EtiquetteTestDto(
    string Id, DateTimeOffset TestedAt, string Month, TestPeriod Period, string Unit, string? Staff, string? Extension, string Tester,
    IReadOnlyDictionary<string, int> Scores, int Total, int MaxTotal, string Grade, IReadOnlyDictionary<string, string>? GradeName,
    bool Commended, DateOnly? RetestDue, string? Notes, int RubricVersion, DateTimeOffset RecordedAt, string RecordedBy)
{
    public static EtiquetteTestDto From(EtiquetteTest test, EtiquetteRubric rubric) => new(
        test.Id, TaipeiTime.ToTaipei(test.TestedAt), test.Month.ToString(), test.Period, test.UnitId, test.Staff, test.Extension, test.Tester,
        test.Scores, test.Total, EtiquetteRubric.TotalPoints, test.Grade, rubric.FindGrade(test.Grade)?.Name.Values,
        test.Commended, test.RetestDue, test.Notes, test.RubricVersion, test.RecordedAt, test.RecordedBy);
}

public sealed record UnitRefDto(string Id, IReadOnlyDictionary<string, string>? Name)
{
    public static UnitRefDto From(string unitId, AgencyOrganisation organisation) => new(unitId, organisation.Find(unitId)?.Name.Values);
}

/// <summary>A period's coverage: how many units are tested, and which are not.</summary>
public sealed record PeriodCoverageDto(TestPeriod Period, DateOnly FirstDay, DateOnly LastDay, int UnitsTested, int UnitCount, IReadOnlyList<UnitRefDto> Untested)
{
    public static PeriodCoverageDto From(PeriodCoverage coverage, AgencyOrganisation organisation) => new(
        coverage.Period, coverage.FirstDay, coverage.LastDay, coverage.UnitsTested, coverage.Units.Count,
        coverage.Untested.Select(u => UnitRefDto.From(u.UnitId, organisation)).ToList());
}

/// <summary>The units not yet tested in the current period, and those the previous period passed without a test.</summary>
public sealed record EtiquetteCoverageDto(DateOnly AsOf, PeriodCoverageDto Current, PeriodCoverageDto Previous);
