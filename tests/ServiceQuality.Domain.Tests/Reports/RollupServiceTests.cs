using ServiceQuality.Domain.Reports;
using ServiceQuality.Domain.Tests.Builders;
using ServiceQuality.Domain.Time;
using Xunit;

namespace ServiceQuality.Domain.Tests.Reports;

public sealed class RollupServiceTests
{
    private static readonly TimeSpan Taipei = TimeSpan.FromHours(8);

    [Fact]
    public async Task Just_after_taipei_midnight_on_the_first_the_daily_run_rolls_up_the_new_month_though_utc_is_still_in_the_old()
    {
        // 00:30 on 1 April in Taipei is 16:30 on 31 March in UTC.
        var clock = new ManualClock(new DateTimeOffset(2026, 4, 1, 0, 30, 0, Taipei));
        var services = new ReportServices(clock);

        var run = await services.Rollup().RunDailyAsync(CancellationToken.None);

        Assert.Equal(["2026-03", "2026-04", "2026"], run.Periods);
    }

    [Fact]
    public async Task A_response_at_23_59_59_taipei_on_the_last_day_counts_in_that_month_and_one_at_midnight_in_the_next()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 4, 2, 9, 0, 0, Taipei));
        var services = new ReportServices(clock);
        await services.AddResponsesAsync("counter", 1, "5", new DateTimeOffset(2026, 3, 31, 23, 59, 59, Taipei));
        await services.AddResponsesAsync("counter", 2, "4", new DateTimeOffset(2026, 4, 1, 0, 0, 0, Taipei));

        var rollup = services.Rollup();
        await rollup.RunDailyAsync(CancellationToken.None);

        var march = (await rollup.SurveysAsync(new ReportPeriod(2026, 3), CancellationToken.None)).Find("counter")!;
        var april = (await rollup.SurveysAsync(new ReportPeriod(2026, 4), CancellationToken.None)).Find("counter")!;
        Assert.Equal(LikertTally.FromScores(0, 0, 0, 0, 1), march.Overall);
        Assert.Equal(LikertTally.FromScores(0, 0, 0, 2, 0), april.Overall);
    }

    [Fact]
    public async Task Two_runs_store_identical_figures_and_differ_only_in_when_they_were_computed()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 4, 10, 2, 30, 0, Taipei));
        var services = new ReportServices(clock);
        var dissatisfied = await services.AddResponsesAsync("counter", 6, "2", new DateTimeOffset(2026, 3, 15, 10, 0, 0, Taipei), comment: "等太久");
        foreach (var response in dissatisfied)
        {
            await services.ClassifyCommentAsync(response, "waiting-time", "negative");
        }
        await services.AddResponsesAsync("counter", 7, "5", new DateTimeOffset(2026, 4, 3, 10, 0, 0, Taipei), unit: "office-north");
        await services.AddResponsesAsync("petition", 5, "4", new DateTimeOffset(2026, 4, 3, 10, 0, 0, Taipei), unit: null, channel: "email");
        services.Cases.Add(InMemoryCases.NewCase(1, new DateOnly(2026, 4, 8)));

        await services.Rollup().RunDailyAsync(CancellationToken.None);
        var first = services.Rollups.All.ToDictionary(r => r.Key, r => r.Value);
        clock.Advance(TimeSpan.FromMinutes(5));
        await services.Rollup().RunDailyAsync(CancellationToken.None);
        var second = services.Rollups.All.ToDictionary(r => r.Key, r => r.Value);

        Assert.All(new[] { "2026-03", "2026-04", "2026" }, period => Assert.All(RollupKinds.All, kind => Assert.Contains((period, kind), first.Keys)));
        Assert.Equal(first.Keys.Order(), second.Keys.Order());
        Assert.All(first, pair => Assert.Equal(pair.Value.Figures, second[pair.Key].Figures));
        // January and February were computed once, for the year, and then read: only the periods run are recomputed.
        Assert.All(first.Where(p => p.Key.Period is "2026-03" or "2026-04" or "2026"), pair => Assert.NotEqual(pair.Value.ComputedAt, second[pair.Key].ComputedAt));
        Assert.DoesNotContain("computedAt", first[("2026-03", RollupKinds.Surveys)].Figures, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_year_adds_up_its_months()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 4, 10, 12, 0, 0, Taipei));
        var services = new ReportServices(clock);
        await services.AddResponsesAsync("counter", 3, "5", new DateTimeOffset(2026, 1, 5, 10, 0, 0, Taipei));
        await services.AddResponsesAsync("counter", 4, "1", new DateTimeOffset(2026, 3, 5, 10, 0, 0, Taipei));

        var run = await services.Rollup().RecomputeAsync(ReportPeriod.OfYear(2026), CancellationToken.None);

        Assert.Equal(["2026-01", "2026-02", "2026-03", "2026-04", "2026"], run!.Periods);
        var year = RollupJson.Read<SurveysRollup>(services.Rollups.All[("2026", RollupKinds.Surveys)].Figures).Find("counter")!;
        Assert.Equal(LikertTally.FromScores(4, 0, 0, 0, 3), year.Overall);
    }

    [Fact]
    public async Task A_stored_rollup_is_read_rather_than_computed_again()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 4, 10, 12, 0, 0, Taipei));
        var services = new ReportServices(clock);
        var rollup = services.Rollup();
        await rollup.SurveysAsync(new ReportPeriod(2026, 3), CancellationToken.None);
        var saves = services.Rollups.Saves;

        await services.AddResponsesAsync("counter", 3, "5", new DateTimeOffset(2026, 3, 5, 10, 0, 0, Taipei));
        var again = await rollup.SurveysAsync(new ReportPeriod(2026, 3), CancellationToken.None);

        Assert.Equal(saves, services.Rollups.Saves);
        Assert.Equal(LikertTally.Empty, again.Find("counter")!.Overall);
    }

    [Fact]
    public async Task A_period_that_has_not_begun_is_not_rolled_up()
    {
        var services = new ReportServices(new ManualClock(new DateTimeOffset(2026, 4, 10, 12, 0, 0, Taipei)));

        Assert.Null(await services.Rollup().RecomputeAsync(new ReportPeriod(2026, 5), CancellationToken.None));
        Assert.Null(await services.Rollup().RecomputeAsync(ReportPeriod.OfYear(2027), CancellationToken.None));
        Assert.Equal(0, services.Rollups.Saves);
    }

    [Fact]
    public async Task Once_the_year_is_stored_recomputing_a_month_reads_only_that_months_partitions()
    {
        var services = new ReportServices(new ManualClock(new DateTimeOffset(2026, 4, 10, 12, 0, 0, Taipei)));
        var store = new MonthRecordingResponses(services.Responses);
        var rollup = new RollupService(Definitions.Catalog, store, services.Comments, services.Cases,
            new Domain.Etiquette.EtiquetteFiguresService(Definitions.Organisation, services.Etiquette, TimeProvider.System),
            services.Calculator, new PetitionFiguresCalculator(ReportServices.Calendar, Definitions.Organisation), services.Rollups, services.Counters,
            new Domain.Integrity.BurstDetector(services.Integrity), services.Publication(),
            new ManualClock(new DateTimeOffset(2026, 4, 10, 12, 0, 0, Taipei)));

        await rollup.RecomputeAsync(ReportPeriod.OfYear(2026), CancellationToken.None);
        store.MonthsRead.Clear();

        await rollup.RecomputeAsync(new ReportPeriod(2026, 3), CancellationToken.None);

        Assert.Equal([new MonthKey(2026, 3)], store.MonthsRead.Distinct());
        // The survey tallies and the response rates are computed from one read of each survey's partition.
        Assert.Equal(Definitions.Catalog.All.Count, store.MonthsRead.Count);
    }
}
