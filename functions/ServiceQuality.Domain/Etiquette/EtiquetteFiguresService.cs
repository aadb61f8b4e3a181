using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Domain.Etiquette;

/// <summary>Computes the phone-etiquette figures of a month or a year from the stored tests.</summary>
public sealed class EtiquetteFiguresService(AgencyOrganisation organisation, IEtiquetteTestStore tests, TimeProvider time)
{
    public Task<EtiquetteFigures> ForMonthAsync(int year, int month, CancellationToken cancellationToken) =>
        ComputeAsync(year, month, new MonthKey(year, month), new MonthKey(year, month), cancellationToken);

    public Task<EtiquetteFigures> ForYearAsync(int year, CancellationToken cancellationToken) =>
        ComputeAsync(year, null, new MonthKey(year, 1), new MonthKey(year, 12), cancellationToken);

    private async Task<EtiquetteFigures> ComputeAsync(int year, int? month, MonthKey first, MonthKey last, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // Coverage needs the months of the period before the scope; retests need the months after it, up to today.
        var readFrom = TestPeriod.Of(first).FirstMonth;
        var today = MonthKey.Of(now);
        var readTo = today.CompareTo(last) > 0 ? today : last;
        var all = new List<EtiquetteTest>();
        for (var m = readFrom; m.CompareTo(readTo) <= 0; m = m.Next)
        {
            await foreach (var test in tests.ListMonthAsync(m, cancellationToken))
            {
                all.Add(test);
            }
        }
        return Compute(organisation, year, month, all, now);
    }

    /// <summary>
    /// The figures of a month or year from every test known at <paramref name="now"/>; tests outside the scope are
    /// used only to find retests and the coverage of the periods the scope touches.
    /// </summary>
    public static EtiquetteFigures Compute(AgencyOrganisation organisation, int year, int? month, IReadOnlyCollection<EtiquetteTest> known, DateTimeOffset now)
    {
        var first = new MonthKey(year, month ?? 1);
        var last = new MonthKey(year, month ?? 12);
        var scopeStart = first.Start;
        var scopeEnd = last.End;
        var asOf = TaipeiTime.DateOf(now);
        var inScope = known.Where(t => t.TestedAt >= scopeStart && t.TestedAt < scopeEnd)
            .OrderBy(t => t.TestedAt).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();

        var byUnit = inScope.ToLookup(t => t.UnitId);
        var units = organisation.Units.Select(u => u.Id)
            .Concat(byUnit.Select(g => g.Key).Where(id => organisation.Find(id) is null).Order(StringComparer.Ordinal))
            .Select(id => new EtiquetteUnitFigures(id, byUnit[id].Count(), Average(byUnit[id].ToList())))
            .ToList();

        var commendations = inScope.Where(t => t.Commended)
            .OrderByDescending(t => t.Total).ThenBy(t => t.TestedAt)
            .Select(t => new EtiquetteCommendation(t.Id, t.TestedAt, t.UnitId, t.Staff, t.Extension, t.Total))
            .ToList();

        var retests = inScope.Where(t => t.RetestDue is not null)
            .Select(t =>
            {
                var again = known.Where(l => l.TestedAt > t.TestedAt && l.TestedAt <= now && l.IsSamePersonAs(t))
                    .OrderBy(l => l.TestedAt).FirstOrDefault();
                var due = t.RetestDue!.Value;
                return new EtiquetteRetest(t.Id, t.TestedAt, t.UnitId, t.Staff, t.Extension, t.Total, due,
                    again is not null, again?.TestedAt, again?.Id, again?.Total, again is null && asOf > due);
            })
            .ToList();

        return new EtiquetteFigures(year, month, new DateOnly(year, first.Month, 1),
            new DateOnly(year, last.Month, DateTime.DaysInMonth(year, last.Month)), asOf,
            inScope.Count, Average(inScope), units, commendations, retests, Compliance(organisation, first, last, known));
    }

    private static EtiquetteCoverageCompliance Compliance(AgencyOrganisation organisation, MonthKey first, MonthKey last, IReadOnlyCollection<EtiquetteTest> known)
    {
        var periods = new List<EtiquettePeriodCompliance>();
        for (var period = TestPeriod.Of(first); period.CompareTo(TestPeriod.Of(last)) <= 0; period = period.Next)
        {
            // A period that runs past the scope is counted up to the scope's end: March's figures show January to March.
            var until = last.End < period.End ? last.End : period.End;
            var coverage = EtiquetteCoverageService.Cover(period, until, organisation, known);
            periods.Add(new EtiquettePeriodCompliance(
                period, period.FirstDay, period.LastDay, TaipeiTime.DateOf(until).AddDays(-1),
                coverage.UnitsTested, coverage.Units.Count, Percent(coverage.UnitsTested, coverage.Units.Count),
                coverage.Untested.Select(u => u.UnitId).ToList()));
        }
        var tested = periods.Sum(p => p.UnitsTested);
        var required = periods.Sum(p => p.UnitCount);
        return new EtiquetteCoverageCompliance(tested, required, Percent(tested, required), periods);
    }

    private static decimal? Average(IReadOnlyCollection<EtiquetteTest> tests) =>
        tests.Count == 0 ? null : Math.Round((decimal)tests.Sum(t => t.Total) / tests.Count, 1, MidpointRounding.AwayFromZero);

    private static decimal Percent(int part, int whole) =>
        whole == 0 ? 0m : Math.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero);
}
