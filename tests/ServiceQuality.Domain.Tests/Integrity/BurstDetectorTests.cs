using ServiceQuality.Domain.Integrity;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Tests.Builders;
using Xunit;

namespace ServiceQuality.Domain.Tests.Integrity;

public sealed class BurstDetectorTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 10, 12, 0, 0, TimeSpan.FromHours(8));
    private readonly ReportServices _services = new(new ManualClock(Noon));
    private readonly IntegrityOptions _options = new()
    {
        SurveyUnit = new() { Responses = 10, WindowMinutes = 10 },
        Survey = new() { Responses = 1000, WindowMinutes = 10 },
        IdenticalAnswers = new() { Responses = 1000, WindowMinutes = 10 },
        ClientAddress = new() { Responses = 1000, WindowMinutes = 1440 },
    };

    private static ResponseOrigin Client(string key) => new(ResponseSources.Api, key);

    [Fact]
    public async Task Open_responses_for_one_unit_within_the_window_are_a_burst_from_the_threshold_on()
    {
        var burst = await _services.AddResponsesAsync("counter", 10, "1", Noon, origin: Client("ip:a"), apart: TimeSpan.FromSeconds(30));

        var found = new BurstDetector(_options).Find(burst);

        Assert.Equal(burst.Select(r => r.Id).ToHashSet(), found);
    }

    [Fact]
    public async Task The_same_number_spread_beyond_the_window_is_no_burst()
    {
        var spread = await _services.AddResponsesAsync("counter", 10, "1", Noon, origin: Client("ip:a"), apart: TimeSpan.FromMinutes(2));

        Assert.Empty(new BurstDetector(_options).Find(spread));
    }

    [Fact]
    public async Task Verified_responses_and_responses_without_a_recorded_origin_are_never_part_of_a_burst()
    {
        var verified = await _services.AddResponsesAsync("counter", 20, "1", Noon, origin: Client("ip:a"), verified: true);
        var legacy = await _services.AddResponsesAsync("counter", 20, "1", Noon);

        Assert.Empty(new BurstDetector(_options).Find([.. verified, .. legacy]));
    }

    [Fact]
    public async Task Identical_answers_and_one_client_each_make_a_burst_across_units()
    {
        var options = new IntegrityOptions
        {
            SurveyUnit = new() { Responses = 1000, WindowMinutes = 10 },
            Survey = new() { Responses = 1000, WindowMinutes = 10 },
            IdenticalAnswers = new() { Responses = 6, WindowMinutes = 60 },
            ClientAddress = new() { Responses = 4, WindowMinutes = 1440 },
        };
        var sameAnswers = new List<SurveyResponse>();
        foreach (var unit in new[] { "metrology", "office-north", "office-south" })
        {
            sameAnswers.AddRange(await _services.AddResponsesAsync("counter", 2, "5", Noon, unit, origin: Client($"ip:{unit}")));
        }
        var oneClient = new List<SurveyResponse>();
        foreach (var (unit, score) in new[] { ("metrology", "1"), ("office-north", "2"), ("office-south", "3"), ("metrology", "4") })
        {
            oneClient.AddRange(await _services.AddResponsesAsync("counter", 1, score, Noon.AddHours(3), unit, origin: Client("ip:same")));
        }

        var found = new BurstDetector(options).Find([.. sameAnswers, .. oneClient]);

        Assert.Equal(sameAnswers.Concat(oneClient).Select(r => r.Id).ToHashSet(), found);
    }

    [Fact]
    public async Task A_kiosk_is_judged_by_its_own_threshold_and_not_by_the_units()
    {
        var kiosk = await _services.AddResponsesAsync("counter", 20, "4", Noon, origin: new ResponseOrigin(ResponseSources.Form, "kiosk:counter-1"),
            apart: TimeSpan.FromSeconds(10));

        Assert.Empty(new BurstDetector(_options).Find(kiosk));
        Assert.Equal(20, new BurstDetector(new IntegrityOptions { Kiosk = new() { Responses = 15, WindowMinutes = 60 } }).Find(kiosk).Count);
    }

    [Fact]
    public async Task Responses_staff_released_are_not_quarantined_again()
    {
        var burst = await _services.AddResponsesAsync("counter", 10, "1", Noon, origin: Client("ip:a"));
        var released = burst.Select((r, i) => i < 4 ? r with { Review = ResponseReview.Released } : r).ToList();

        var found = new BurstDetector(_options).Find(released);

        Assert.Equal(released.Skip(4).Select(r => r.Id).ToHashSet(), found);
    }
}
