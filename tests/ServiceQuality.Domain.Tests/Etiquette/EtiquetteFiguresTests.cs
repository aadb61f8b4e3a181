using ServiceQuality.Domain.Etiquette;
using ServiceQuality.Domain.Tests.Builders;
using Xunit;

namespace ServiceQuality.Domain.Tests.Etiquette;

/// <summary>
/// Six tests, figures worked out by hand (11 units in the organisation; today is 15 June 2026 in Taipei):
/// A 10 Jan metrology ext 301 → 95; B 3 Mar metrology ext 302 → 65 (retest by 2 Apr); C 20 Mar office-north 陳美玲 → 80;
/// D 31 Mar 23:30 Taipei office-north ext 501 → 90; E 1 Apr metrology ext 302 → 85 (B's retest);
/// F 6 May service-centre 林志明 → 50 (retest by 5 Jun, never retested).
/// </summary>
public sealed class EtiquetteFiguresTests
{
    private readonly InMemoryEtiquetteTestStore _store = new();
    private readonly FixedClock _clock = FixedClock.AtTaipei(2026, 6, 15);

    [Fact]
    public async Task The_figures_of_march_count_its_three_tests_with_averages_to_one_decimal()
    {
        var ids = await RecordFixtureAsync();

        var march = await Figures().ForMonthAsync(2026, 3, CancellationToken.None);

        Assert.Equal((new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)), (march.From, march.To));
        Assert.Equal(3, march.TestCount);
        Assert.Equal(78.3m, march.AverageScore);
        Assert.Equal(11, march.Units.Count);
        Assert.Equal(new EtiquetteUnitFigures("metrology", 1, 65.0m), march.Units.Single(u => u.UnitId == "metrology"));
        Assert.Equal(new EtiquetteUnitFigures("office-north", 2, 85.0m), march.Units.Single(u => u.UnitId == "office-north"));
        Assert.Equal(new EtiquetteUnitFigures("personnel", 0, null), march.Units.Single(u => u.UnitId == "personnel"));
        var commended = Assert.Single(march.Commendations);
        Assert.Equal((ids["D"], "office-north", "501", 90), (commended.TestId, commended.UnitId, commended.Extension, commended.Score));
        var retest = Assert.Single(march.Retests);
        Assert.Equal((ids["B"], new DateOnly(2026, 4, 2), true, ids["E"], 85, false),
            (retest.TestId, retest.RetestDue, retest.Retested, retest.RetestId, retest.RetestScore, retest.Overdue));
    }

    [Fact]
    public async Task March_coverage_counts_the_first_period_from_january_to_the_end_of_march()
    {
        await RecordFixtureAsync();

        var coverage = (await Figures().ForMonthAsync(2026, 3, CancellationToken.None)).Coverage;

        var period = Assert.Single(coverage.Periods);
        Assert.Equal((new TestPeriod(2026, 1), new DateOnly(2026, 3, 31), 2, 11), (period.Period, period.CountedUntil, period.UnitsTested, period.UnitCount));
        Assert.Equal(18.2m, period.Percent);
        Assert.DoesNotContain("metrology", period.UntestedUnits);
        Assert.Contains("service-centre", period.UntestedUnits);
        Assert.Equal((2, 11, 18.2m), (coverage.UnitsTested, coverage.UnitsRequired, coverage.Percent));
    }

    [Fact]
    public async Task The_figures_of_the_year_count_every_test_and_list_the_overdue_retest()
    {
        var ids = await RecordFixtureAsync();

        var year = await Figures().ForYearAsync(2026, CancellationToken.None);

        Assert.Null(year.Month);
        Assert.Equal(6, year.TestCount);
        Assert.Equal(77.5m, year.AverageScore);
        Assert.Equal(new EtiquetteUnitFigures("metrology", 3, 81.7m), year.Units.Single(u => u.UnitId == "metrology"));
        Assert.Equal(new EtiquetteUnitFigures("service-centre", 1, 50.0m), year.Units.Single(u => u.UnitId == "service-centre"));
        Assert.Equal([ids["A"], ids["D"]], year.Commendations.Select(c => c.TestId));
        Assert.Equal([ids["B"], ids["F"]], year.Retests.Select(r => r.TestId));
        var overdue = year.Retests[1];
        Assert.Equal((new DateOnly(2026, 6, 5), false, true, "林志明"), (overdue.RetestDue, overdue.Retested, overdue.Overdue, overdue.Staff));
        Assert.Equal([2, 1, 0], year.Coverage.Periods.Select(p => p.UnitsTested));
        Assert.Equal((3, 33, 9.1m), (year.Coverage.UnitsTested, year.Coverage.UnitsRequired, year.Coverage.Percent));
    }

    [Fact]
    public async Task A_month_without_tests_has_no_average_and_no_lists()
    {
        var figures = await Figures().ForMonthAsync(2026, 2, CancellationToken.None);

        Assert.Equal(0, figures.TestCount);
        Assert.Null(figures.AverageScore);
        Assert.Empty(figures.Commendations);
        Assert.Empty(figures.Retests);
        Assert.Equal(0m, figures.Coverage.Percent);
    }

    private EtiquetteFiguresService Figures() => new(Definitions.Organisation, _store, _clock);

    private async Task<Dictionary<string, string>> RecordFixtureAsync()
    {
        var rubric = EtiquetteDefinitions.Rubric;
        var service = new EtiquetteTestService(rubric, new EtiquetteTestValidator(rubric, Definitions.Organisation), _store, new InMemoryIdempotencyStore(), _clock);
        var fixture = new Dictionary<string, EtiquetteSubmissionBuilder>
        {
            ["A"] = EtiquetteSubmissionBuilder.Valid().At("2026-01-10T10:00").In("metrology").Of("王小明", "301").Totalling(95),
            ["B"] = EtiquetteSubmissionBuilder.Valid().At("2026-03-03T09:30").In("metrology").Of("李大華", "302").Totalling(65),
            ["C"] = EtiquetteSubmissionBuilder.Valid().At("2026-03-20T14:00").In("office-north").Of("陳美玲", null).Totalling(80),
            ["D"] = EtiquetteSubmissionBuilder.Valid().At("2026-03-31T23:30").In("office-north").Of(null, "501").Totalling(90),
            ["E"] = EtiquetteSubmissionBuilder.Valid().At("2026-04-01T10:00").In("metrology").Of(null, "302").Totalling(85),
            ["F"] = EtiquetteSubmissionBuilder.Valid().At("2026-05-06T10:00").In("service-centre").Of("林志明", null).Totalling(50),
        };
        var ids = new Dictionary<string, string>();
        foreach (var (name, builder) in fixture)
        {
            var outcome = await service.RecordAsync(builder.Build(), "tester", null, CancellationToken.None);
            ids[name] = Assert.IsType<EtiquetteOutcome.Recorded>(outcome).Test.Id;
        }
        return ids;
    }
}
