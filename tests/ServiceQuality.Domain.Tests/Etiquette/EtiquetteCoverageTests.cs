using ServiceQuality.Domain.Etiquette;
using ServiceQuality.Domain.Tests.Builders;
using Xunit;

namespace ServiceQuality.Domain.Tests.Etiquette;

public sealed class EtiquetteCoverageTests
{
    private readonly InMemoryEtiquetteTestStore _tests = new();
    private readonly InMemoryEtiquetteCoverageStore _coverage = new();

    [Fact]
    public async Task A_unit_tested_in_january_counts_for_january_to_april_only()
    {
        await RecordAsync("2026-01-15T10:00", "metrology");
        var service = Coverage(FixedClock.AtTaipei(2026, 6, 15));

        var april = await service.StatusAsync(new DateOnly(2026, 4, 30), CancellationToken.None);
        var may = await service.StatusAsync(new DateOnly(2026, 5, 1), CancellationToken.None);

        Assert.DoesNotContain(april.Current.Untested, u => u.UnitId == "metrology");
        Assert.Equal(new TestPeriod(2026, 2), may.Current.Period);
        Assert.Contains(may.Current.Untested, u => u.UnitId == "metrology");
        Assert.DoesNotContain(may.Previous.Untested, u => u.UnitId == "metrology");
        Assert.Contains(may.Previous.Untested, u => u.UnitId == "personnel");
    }

    [Fact]
    public async Task A_test_on_30_april_late_in_the_evening_taipei_time_covers_the_first_period()
    {
        await RecordAsync("2026-04-30T23:59", "office-south");

        var status = await Coverage(FixedClock.AtTaipei(2026, 6, 15)).StatusAsync(new DateOnly(2026, 5, 20), CancellationToken.None);

        Assert.Equal(1, status.Previous.UnitsTested);
        Assert.DoesNotContain(status.Previous.Untested, u => u.UnitId == "office-south");
        Assert.Contains(status.Current.Untested, u => u.UnitId == "office-south");
    }

    [Fact]
    public async Task The_current_period_counts_tests_up_to_the_end_of_the_day_asked_about()
    {
        await RecordAsync("2026-02-10T09:00", "accounting");
        var service = Coverage(FixedClock.AtTaipei(2026, 6, 15));

        Assert.Contains((await service.StatusAsync(new DateOnly(2026, 2, 9), CancellationToken.None)).Current.Untested, u => u.UnitId == "accounting");
        Assert.DoesNotContain((await service.StatusAsync(new DateOnly(2026, 2, 10), CancellationToken.None)).Current.Untested, u => u.UnitId == "accounting");
    }

    [Fact]
    public async Task The_daily_check_writes_one_row_per_unit_for_the_current_and_previous_period()
    {
        await RecordAsync("2026-05-04T10:00", "metrology");
        var service = Coverage(FixedClock.AtTaipei(2026, 5, 10));

        var status = await service.CheckAsync(CancellationToken.None);

        var current = await ListAsync(new TestPeriod(2026, 2));
        Assert.Equal(Definitions.Organisation.Units.Count, current.Count);
        Assert.Equal(1, current.Single(r => r.UnitId == "metrology").TestCount);
        Assert.Equal(Definitions.Organisation.Units.Count, (await ListAsync(new TestPeriod(2026, 1))).Count(r => !r.Tested));
        Assert.Equal(Definitions.Organisation.Units.Count - 1, status.Current.Untested.Count);
    }

    private EtiquetteCoverageService Coverage(TimeProvider clock) => new(Definitions.Organisation, _tests, _coverage, clock);

    private async Task RecordAsync(string testedAt, string unit)
    {
        var rubric = EtiquetteDefinitions.Rubric;
        var service = new EtiquetteTestService(
            rubric, new EtiquetteTestValidator(rubric, Definitions.Organisation), _tests, new InMemoryIdempotencyStore(), FixedClock.AtTaipei(2026, 6, 15));
        Assert.IsType<EtiquetteOutcome.Recorded>(await service.RecordAsync(EtiquetteSubmissionBuilder.Valid().At(testedAt).In(unit).Build(), "tester", null, CancellationToken.None));
    }

    private async Task<List<UnitCoverage>> ListAsync(TestPeriod period)
    {
        var rows = new List<UnitCoverage>();
        await foreach (var row in _coverage.ListPeriodAsync(period, CancellationToken.None))
        {
            rows.Add(row);
        }
        return rows;
    }
}
