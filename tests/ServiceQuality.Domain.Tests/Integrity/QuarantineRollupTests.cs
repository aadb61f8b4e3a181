using ServiceQuality.Domain.Audit;
using ServiceQuality.Domain.Integrity;
using ServiceQuality.Domain.Reports;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Tests.Builders;
using ServiceQuality.Domain.Time;
using Xunit;

namespace ServiceQuality.Domain.Tests.Integrity;

public sealed class QuarantineRollupTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 10, 12, 0, 0, TimeSpan.FromHours(8));
    private readonly ManualClock _clock = new(Noon.AddDays(1));
    private readonly ReportServices _services;

    public QuarantineRollupTests()
    {
        _services = new ReportServices(_clock);
    }

    private static ResponseOrigin Client(string key) => new(ResponseSources.Api, key);

    private async Task SeedAsync()
    {
        // 10 verified at 5 and 10 open at 4, spread over the day; then a burst of 200 open 1s from one client in ten minutes.
        await _services.AddResponsesAsync("counter", 10, "5", Noon, verified: true, apart: TimeSpan.FromMinutes(40));
        await _services.AddResponsesAsync("counter", 10, "4", Noon, origin: Client("ip:citizen"), apart: TimeSpan.FromMinutes(50));
        await _services.AddResponsesAsync("counter", 200, "1", Noon.AddHours(2), origin: Client("ip:script"), apart: TimeSpan.FromSeconds(3));
    }

    private async Task<SurveyRollup> MonthAsync()
    {
        var rollups = _services.Rollup();
        await rollups.RecomputeAsync(new ReportPeriod(2026, 3), CancellationToken.None);
        return (await rollups.SurveysAsync(new ReportPeriod(2026, 3), CancellationToken.None)).Find("counter")!;
    }

    [Fact]
    public async Task The_rollup_quarantines_a_burst_and_counts_it_in_no_figure()
    {
        await SeedAsync();

        var counter = await MonthAsync();

        Assert.Equal(20, counter.Overall.Responses);
        Assert.Equal(200, counter.Quarantined);
        Assert.Equal(10, counter.Verified!.Responses);
        Assert.Equal(10, counter.OpenResponses);
        Assert.Equal(200, _services.Responses.Responses.Count(r => r.Review == ResponseReview.Quarantined));
    }

    [Fact]
    public async Task Released_responses_count_again_and_discarded_ones_stay_out_each_decision_audited()
    {
        await SeedAsync();
        await MonthAsync();
        var held = _services.Responses.Responses.Where(r => r.Review == ResponseReview.Quarantined).Select(r => r.Id).ToList();
        var quarantine = new QuarantineService(Definitions.Catalog, _services.Responses, _services.Publications, _clock);

        Assert.Equal(50, await quarantine.DecideAsync("counter", new MonthKey(2026, 3), held.Take(50).ToList(), true, "manager@example.gov.tw", default));
        Assert.Equal(150, await quarantine.DecideAsync("counter", new MonthKey(2026, 3), null, false, "manager@example.gov.tw", default));
        var counter = await MonthAsync();

        Assert.Equal((70, 0, 150), (counter.Overall.Responses, counter.Quarantined, counter.Discarded));
        Assert.Equal([AuditActions.QuarantineReleased, AuditActions.QuarantineDiscarded], _services.Publications.Audit.Select(a => a.Action));
        Assert.All(_services.Publications.Audit, a => Assert.Equal("manager@example.gov.tw", a.Actor));
    }

    [Fact]
    public async Task A_survey_whose_open_responses_are_withheld_publishes_its_verified_responses_alone()
    {
        await SeedAsync();
        var set = await _services.Publication().SetAsync("counter", false, "Open web responses are under review.", "manager@example.gov.tw", default);

        var counter = await MonthAsync();

        Assert.NotNull(set!.Value.Publication);
        Assert.False(counter.OpenPublished);
        Assert.Equal((10, 10, 0), (counter.Overall.Responses, counter.Verified!.Responses, counter.OpenResponses));
        var audit = Assert.Single(_services.Publications.Audit);
        Assert.Equal((AuditActions.PublicationChanged, "survey/counter"), (audit.Action, audit.Resource));
        Assert.Contains("under review", audit.Detail);
    }

    [Fact]
    public async Task A_publication_decision_without_a_reason_is_refused_and_not_stored()
    {
        var set = await _services.Publication().SetAsync("counter", false, " ok ", "manager@example.gov.tw", default);

        Assert.True(set!.Value.Errors.Has("reason"));
        Assert.Empty(await _services.Publications.ListAsync(default));
        Assert.Empty(_services.Publications.Audit);
    }
}
