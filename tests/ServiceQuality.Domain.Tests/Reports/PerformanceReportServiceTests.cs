using ServiceQuality.Domain.Reports;
using ServiceQuality.Domain.ResponseRates;
using ServiceQuality.Domain.Tests.Builders;
using ServiceQuality.Domain.Time;
using Xunit;

namespace ServiceQuality.Domain.Tests.Reports;

/// <summary>
/// The March 2026 report, as of 10 April, figures worked out by hand:
/// counter, February: 90 × 4 and 10 × 2 at metrology = 90.0%.
/// counter, March: 951 × 5 and 49 × 3 at metrology = 95.1% (change +5.1 points); 6 of the 49 wrote about waiting
/// time (negative), 2 about staff attitude; January to March: (90 + 951) / 1,100 = 94.6%.
/// service, March: 10 × 5 at metrology and 2 × 5 at office-north: 100.0% overall, office-north suppressed.
/// taxi-meter, March: 4 responses: suppressed.
/// petition, March: 8 × 4 and 2 × 1 = 80.0% handling satisfaction.
/// </summary>
public sealed class PerformanceReportServiceTests
{
    private static readonly TimeSpan Taipei = TimeSpan.FromHours(8);
    private readonly ReportServices _services = new(new ManualClock(new DateTimeOffset(2026, 4, 10, 12, 0, 0, Taipei)));

    [Fact]
    public async Task The_month_shows_satisfaction_its_change_on_the_month_before_and_the_year_to_date()
    {
        await FixtureAsync();

        var report = (await _services.Report().BuildAsync(new ReportPeriod(2026, 3), CancellationToken.None))!;

        var counter = report.Surveys.Single(s => s.Id == "counter");
        Assert.Equal("2026-02", report.PreviousPeriod);
        Assert.Equal((1000, 951, 95.1m, 5.1m), (counter.Overall.Valid!.Value, counter.Overall.Satisfied!.Value, counter.Overall.Percent!.Value, counter.Overall.Change!.Value));
        Assert.Equal((93.6m, 96.3m), (counter.Overall.ConfidenceLow!.Value, counter.Overall.ConfidenceHigh!.Value));
        Assert.Equal((1100, 94.6m), (counter.YearToDate!.Valid!.Value, counter.YearToDate.Percent!.Value));
        Assert.Equal("臨櫃服務滿意度調查", counter.Title["zh-TW"]);
        Assert.Equal(["2026-01", "2026-02", "2026-03"], counter.Trend.Select(t => t.Month));
        Assert.True(counter.Trend[0].Figures.Suppressed);
        Assert.Equal([90.0m, 95.1m], counter.Trend.Skip(1).Select(t => t.Figures.Percent!.Value));
    }

    [Fact]
    public async Task Small_cells_are_suppressed_wherever_they_appear()
    {
        await FixtureAsync();

        var report = (await _services.Report().BuildAsync(new ReportPeriod(2026, 3), CancellationToken.None))!;

        var service = report.Surveys.Single(s => s.Id == "service");
        Assert.Equal(100.0m, service.Overall.Percent);
        Assert.False(service.Units.Single(u => u.Key == "metrology").Figures.Suppressed);
        Assert.True(service.Units.Single(u => u.Key == "office-north").Figures.Suppressed);
        Assert.Null(service.Units.Single(u => u.Key == "office-north").Figures.Responses);
        var taxi = report.Surveys.Single(s => s.Id == "taxi-meter");
        Assert.True(taxi.Overall.Suppressed);
        Assert.All(taxi.Questions, q => Assert.True(q.Figures.Suppressed));
        var topics = report.Surveys.Single(s => s.Id == "counter").DissatisfiedTopics;
        Assert.Equal(new TopicReport("waiting-time", CommentTopics.NameOf("waiting-time").Values, 6, 6, 0, 0, false), topics[0], new JsonEquality<TopicReport>());
        Assert.True(topics.Single(t => t.Topic == "staff-attitude").Suppressed);
        Assert.Null(topics.Single(t => t.Topic == "staff-attitude").Comments);
    }

    [Fact]
    public async Task Petition_handling_satisfaction_comes_from_the_petition_survey()
    {
        await FixtureAsync();

        var report = (await _services.Report().BuildAsync(new ReportPeriod(2026, 3), CancellationToken.None))!;

        Assert.Equal((10, 80.0m), (report.Petitions.HandlingSatisfaction.Valid!.Value, report.Petitions.HandlingSatisfaction.Percent!.Value));
    }

    [Fact]
    public async Task The_report_stores_the_rollups_it_had_to_compute_and_reads_them_the_next_time()
    {
        await FixtureAsync();
        var reports = _services.Report();

        var first = await reports.BuildAsync(new ReportPeriod(2026, 3), CancellationToken.None);
        var saves = _services.Rollups.Saves;
        var second = await reports.BuildAsync(new ReportPeriod(2026, 3), CancellationToken.None);

        Assert.Contains(("2026-03", RollupKinds.Surveys), _services.Rollups.All.Keys);
        Assert.Contains(("2026-03", RollupKinds.Petitions), _services.Rollups.All.Keys);
        Assert.Contains(("2026-03", RollupKinds.Etiquette), _services.Rollups.All.Keys);
        Assert.Equal(saves, _services.Rollups.Saves);
        Assert.Equal(RollupJson.Write(first), RollupJson.Write(second));
    }

    [Fact]
    public async Task The_year_is_compared_with_the_year_before_and_has_no_year_to_date()
    {
        await FixtureAsync();

        var report = (await _services.Report().BuildAsync(ReportPeriod.OfYear(2026), CancellationToken.None))!;

        var counter = report.Surveys.Single(s => s.Id == "counter");
        Assert.Equal("2025", report.PreviousPeriod);
        Assert.Null(counter.YearToDate);
        Assert.Null(counter.Overall.Change);
        Assert.Equal(94.6m, counter.Overall.Percent);
        Assert.Equal(4, counter.Trend.Count);
    }

    [Fact]
    public async Task The_month_has_response_rates_by_survey_unit_and_channel_with_a_total()
    {
        var march = new DateTimeOffset(2026, 3, 10, 10, 0, 0, Taipei);
        var month = new MonthKey(2026, 3);
        await _services.AddResponsesAsync("counter", 6, "5", march, unit: "metrology", channel: "counter");
        await _services.CountAsync(month, RateCounterKinds.TokensMinted, "counter", "metrology", "counter", 8);
        await _services.CountAsync(month, RateCounterKinds.TokenResponses, "counter", "metrology", "counter", 6);
        await _services.AddResponsesAsync("counter", 5, "4", march, unit: "office-north", channel: "web");
        await _services.CountAsync(month, RateCounterKinds.FormViews, "counter", "", "web", 20);
        await _services.AddResponsesAsync("counter", 2, "4", march, unit: "office-north", channel: "kiosk");

        var report = (await _services.Report().BuildAsync(new ReportPeriod(2026, 3), CancellationToken.None))!;

        var rates = report.Surveys.Single(s => s.Id == "counter").ResponseRates!;
        Assert.Equal(new ResponseRateFigures(8, 6, 75.0m, false, 20, 7, 35.0m, false), rates.Total);
        var groups = rates.Groups.ToDictionary(g => (g.Unit, g.Channel), g => g.Figures);
        Assert.Equal([("", "kiosk"), ("", "web"), ("metrology", "counter")], groups.Keys);
        Assert.Equal(new ResponseRateFigures(8, 6, 75.0m, false, 0, 0, null, false), groups[("metrology", "counter")]);
        Assert.Equal(new ResponseRateFigures(0, 0, null, false, 20, 5, 25.0m, false), groups[("", "web")]);
        // Two untokened responses with no form view to set them against: suppressed, and no rate in any case.
        Assert.Equal(new ResponseRateFigures(0, 0, null, false, 0, null, null, true), groups[("", "kiosk")]);
        Assert.Equal("第三課（度量衡）", rates.Groups.Single(g => g.Unit == "metrology").UnitName!["zh-TW"]);
        Assert.All(rates.Groups.Where(g => g.Unit == ""), g => Assert.Null(g.UnitName));
    }

    [Fact]
    public async Task A_survey_with_no_counts_has_an_empty_total_and_one_answered_by_invitation_only_has_no_rates()
    {
        var report = (await _services.Report().BuildAsync(new ReportPeriod(2026, 3), CancellationToken.None))!;

        var service = report.Surveys.Single(s => s.Id == "service").ResponseRates!;
        Assert.Empty(service.Groups);
        Assert.Equal(new ResponseRateFigures(0, 0, null, false, 0, 0, null, false), service.Total);
        Assert.Null(report.Surveys.Single(s => s.Id == "petition").ResponseRates);
    }

    [Fact]
    public async Task The_years_response_rates_add_up_the_counts_of_its_months()
    {
        foreach (var (month, minted, answered) in new[] { (2, 10, 5), (3, 10, 10) })
        {
            var key = new MonthKey(2026, month);
            await _services.AddResponsesAsync("taxi-meter", answered, "5", new DateTimeOffset(2026, month, 10, 10, 0, 0, Taipei), channel: "counter");
            await _services.CountAsync(key, RateCounterKinds.TokensMinted, "taxi-meter", "metrology", "counter", minted);
            await _services.CountAsync(key, RateCounterKinds.TokenResponses, "taxi-meter", "metrology", "counter", answered);
        }

        var year = (await _services.Report().BuildAsync(ReportPeriod.OfYear(2026), CancellationToken.None))!;
        var march = (await _services.Report().BuildAsync(new ReportPeriod(2026, 3), CancellationToken.None))!;

        Assert.Equal((20L, 15L, 75.0m), Token(year));
        Assert.Equal((10L, 10L, 100.0m), Token(march));
        Assert.Contains(("2026", RollupKinds.ResponseRates), _services.Rollups.All.Keys);

        static (long, long, decimal) Token(PerformanceReport report)
        {
            var total = report.Surveys.Single(s => s.Id == "taxi-meter").ResponseRates!.Total;
            return (total.TokensMinted, total.TokenResponses!.Value, total.TokenRatePercent!.Value);
        }
    }

    [Fact]
    public async Task A_period_that_has_not_begun_has_no_report()
    {
        Assert.Null(await _services.Report().BuildAsync(new ReportPeriod(2026, 5), CancellationToken.None));
    }

    private async Task FixtureAsync()
    {
        var february = new DateTimeOffset(2026, 2, 10, 10, 0, 0, Taipei);
        var march = new DateTimeOffset(2026, 3, 10, 10, 0, 0, Taipei);
        await _services.AddResponsesAsync("counter", 90, "4", february);
        await _services.AddResponsesAsync("counter", 10, "2", february);
        await _services.AddResponsesAsync("counter", 951, "5", march);
        var neutral = await _services.AddResponsesAsync("counter", 41, "3", march);
        var waiting = await _services.AddResponsesAsync("counter", 6, "3", march, comment: "排隊等了很久");
        var attitude = await _services.AddResponsesAsync("counter", 2, "3", march, comment: "櫃檯人員不耐煩");
        foreach (var response in waiting)
        {
            await _services.ClassifyCommentAsync(response, "waiting-time", "negative");
        }
        foreach (var response in attitude)
        {
            await _services.ClassifyCommentAsync(response, "staff-attitude", "negative");
        }
        Assert.Equal(41, neutral.Count);
        await _services.AddResponsesAsync("service", 10, "5", march);
        await _services.AddResponsesAsync("service", 2, "5", march, unit: "office-north");
        await _services.AddResponsesAsync("taxi-meter", 4, "5", march);
        await _services.AddResponsesAsync("petition", 8, "4", march, unit: null, channel: "email");
        await _services.AddResponsesAsync("petition", 2, "1", march, unit: null, channel: "email");
    }
}
