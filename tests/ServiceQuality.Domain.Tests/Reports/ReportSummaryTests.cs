using ServiceQuality.Domain.Reports;
using ServiceQuality.Domain.Tests.Builders;
using Xunit;

namespace ServiceQuality.Domain.Tests.Reports;

/// <summary>
/// The summary the report opens with, as of 10 April 2026. counter: February 90 × 4 and 10 × 2 = 90.0%; March
/// 951 × 5 and 49 × 3 = 95.1%, +5.1 points; taxi-meter in March: 4 responses, suppressed; no cases, no phone tests.
/// </summary>
public sealed class ReportSummaryTests
{
    private static readonly TimeSpan Taipei = TimeSpan.FromHours(8);
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 4, 10, 12, 0, 0, Taipei));
    private readonly ReportServices _services;

    public ReportSummaryTests() => _services = new ReportServices(_clock);

    [Fact]
    public async Task The_summary_has_a_row_per_survey_then_petitions_on_time_and_the_etiquette_average()
    {
        await FixtureAsync();

        var report = (await _services.Report().BuildAsync(new ReportPeriod(2026, 3), CancellationToken.None))!;

        var rows = report.Summary.Rows;
        Assert.Equal(Definitions.Catalog.All.Select(s => $"survey/{s.Id}").Concat(["petitions/answered-on-time", "etiquette/average-score"]), rows.Select(r => r.Id));
        var counter = rows.Single(r => r.Id == "survey/counter");
        Assert.Equal((95.1m, 5.1m, 1000, SummaryMeasures.Percent, SummaryCounts.Responses, false),
            (counter.Value, counter.Change, counter.Count, counter.Measure, counter.CountOf, counter.Suppressed));
        Assert.Equal("臨櫃服務滿意度調查", counter.Label["zh-TW"]);
        var taxi = rows.Single(r => r.Id == "survey/taxi-meter");
        Assert.Equal((null, null, null, true), (taxi.Value, taxi.Change, taxi.Count, taxi.Suppressed));
        var etiquette = rows.Single(r => r.Id == "etiquette/average-score");
        Assert.Equal((SummaryMeasures.Score, 0, (decimal?)null), (etiquette.Measure, etiquette.Count, etiquette.Value));
    }

    [Fact]
    public async Task The_summary_of_a_survey_agrees_with_its_section()
    {
        await FixtureAsync();

        var report = (await _services.Report().BuildAsync(ReportPeriod.OfYear(2026), CancellationToken.None))!;

        Assert.All(report.Surveys, s =>
        {
            var row = report.Summary.Rows.Single(r => r.Id == $"survey/{s.Id}");
            Assert.Equal((s.Overall.Percent, s.Overall.Change, s.Overall.Responses), (row.Value, row.Change, row.Count));
        });
    }

    [Fact]
    public async Task The_report_says_when_its_figures_were_computed_and_a_recompute_moves_that_time()
    {
        await FixtureAsync();
        var computed = _clock.GetUtcNow();
        var first = (await _services.Report().BuildAsync(new ReportPeriod(2026, 3), CancellationToken.None))!;

        _clock.Advance(TimeSpan.FromHours(3));
        var stored = (await _services.Report().BuildAsync(new ReportPeriod(2026, 3), CancellationToken.None))!;
        await _services.Rollup().RecomputeAsync(new ReportPeriod(2026, 3), CancellationToken.None);
        var recomputed = (await _services.Report().BuildAsync(new ReportPeriod(2026, 3), CancellationToken.None))!;

        Assert.Equal(computed, first.ComputedAt);
        Assert.Equal(computed, stored.ComputedAt);
        Assert.Equal(computed.AddHours(3), recomputed.ComputedAt);
    }

    [Fact]
    public async Task The_as_of_time_is_that_of_the_oldest_stored_part()
    {
        await FixtureAsync();
        await _services.Rollup().RecomputeAsync(new ReportPeriod(2026, 3), CancellationToken.None);
        var early = _clock.GetUtcNow();
        _clock.Advance(TimeSpan.FromDays(1));
        var petitions = _services.Rollups.All[("2026-03", RollupKinds.Petitions)];
        await _services.Rollups.SaveAsync(petitions with { ComputedAt = _clock.GetUtcNow() }, CancellationToken.None);

        Assert.Equal(early, await _services.Rollup().ComputedAtAsync(new ReportPeriod(2026, 3), CancellationToken.None));
        Assert.Null(await _services.Rollup().ComputedAtAsync(new ReportPeriod(2025, 7), CancellationToken.None));
    }

    [Fact]
    public async Task The_survey_section_has_its_single_choice_distributions_with_small_cells_suppressed()
    {
        var march = new DateTimeOffset(2026, 3, 10, 10, 0, 0, Taipei);
        await _services.AddResponsesAsync("counter", 12, "5", march, choices: new Dictionary<string, string> { ["purpose"] = "metrology" });
        await _services.AddResponsesAsync("counter", 6, "4", march, choices: new Dictionary<string, string> { ["purpose"] = "certificate" });
        await _services.AddResponsesAsync("counter", 2, "3", march, choices: new Dictionary<string, string> { ["purpose"] = "inquiry" });
        await _services.AddResponsesAsync("counter", 3, "4", march);

        var report = (await _services.Report().BuildAsync(new ReportPeriod(2026, 3), CancellationToken.None))!;

        var purpose = report.Surveys.Single(s => s.Id == "counter").Choices.Single();
        var options = purpose.Options.ToDictionary(o => o.Value);
        Assert.Equal(20, purpose.Answered);
        Assert.Equal((12, 60.0m), (options["metrology"].Count!.Value, options["metrology"].Percent!.Value));
        Assert.True(options["inquiry"].Suppressed);
        Assert.True(options["certificate"].Suppressed);
        Assert.True(report.Surveys.Single(s => s.Id == "taxi-meter").Choices.Single().Suppressed);
        Assert.Empty(report.Surveys.Single(s => s.Id == "service").Choices);
    }

    private async Task FixtureAsync()
    {
        var february = new DateTimeOffset(2026, 2, 10, 10, 0, 0, Taipei);
        var march = new DateTimeOffset(2026, 3, 10, 10, 0, 0, Taipei);
        await _services.AddResponsesAsync("counter", 90, "4", february);
        await _services.AddResponsesAsync("counter", 10, "2", february);
        await _services.AddResponsesAsync("counter", 951, "5", march);
        await _services.AddResponsesAsync("counter", 49, "3", march);
        await _services.AddResponsesAsync("taxi-meter", 4, "5", march);
    }
}
