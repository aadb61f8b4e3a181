using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Time;
using ServiceQuality.Integration.Tests.Builders;
using ServiceQuality.Integration.Tests.Reports;
using Xunit;

namespace ServiceQuality.Integration.Tests.Integrity;

/// <summary>
/// One client stuffs the counter survey with 1,000 open responses through the HTTP API, past any write budget; the
/// rollup quarantines them, the published figure stays where the citizens put it, and the report says how many were held.
/// </summary>
[Collection(IntegrityHostCollection.Name)]
public sealed class BallotStuffingTests(IntegrityHostFixture fixture)
{
    private const int Stuffed = 1_000;

    [Fact]
    public async Task Stuffing_a_thousand_open_responses_from_one_client_moves_the_published_figure_by_at_most_one_point()
    {
        var month = MonthKey.Of(DateTimeOffset.UtcNow);
        using var client = fixture.Host.CreateClient();
        await SeedVerifiedAsync(client, satisfied: 24, dissatisfied: 6);
        await SeedEarlierOpenResponsesAsync(month, 40);
        var before = await CounterAsync(month);

        using var attack = new SemaphoreSlim(8);
        var statuses = await Task.WhenAll(Enumerable.Range(0, Stuffed).Select(async _ =>
        {
            await attack.WaitAsync();
            try
            {
                using var response = await client.PostAsync("/api/surveys/counter/responses",
                    SurveyResponseBody.Counter().InUnit("office-south").With("waiting-time", 1).With("staff-attitude", 1).With("explanation", 1).With("overall", 1).ToContent());
                return response.StatusCode;
            }
            finally
            {
                attack.Release();
            }
        }));
        var after = await CounterAsync(month);

        // Every stuffed response was acknowledged: the attacker learns nothing from the answers.
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Created, s));
        Assert.InRange(Math.Abs(Percent(after.GetProperty("overall")) - Percent(before.GetProperty("overall"))), 0m, 1.0m);
        Assert.Equal(Stuffed, after.GetProperty("quarantined").GetInt32());
        Assert.Equal(before.GetProperty("verified").GetRawText(), after.GetProperty("verified").GetRawText());
        Assert.Equal(30, after.GetProperty("verified").GetProperty("responses").GetInt32());

        var csv = new ReportCsvTable(await client.GetStringAsync($"/api/reports/{month.Year}/{month.Month}?format=csv&lang=en"));
        Assert.Equal(after.GetProperty("quarantined").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), csv.Value("surveys", "counter", "integrity", "overall", "quarantined"));
        Assert.Equal(Percent(after.GetProperty("verified")), decimal.Parse(csv.Value("surveys", "counter", "verified", "overall", "percent"), System.Globalization.CultureInfo.InvariantCulture));
        var held = await fixture.Staff.GetFromJsonAsync<JsonElement>($"/api/quarantine?month={month}");
        Assert.Equal(Stuffed, held.EnumerateArray().Count(r => r.GetProperty("surveyId").GetString() == "counter" && r.GetProperty("unitId").GetString() == "office-south"
            && r.GetProperty("answers").GetProperty("overall").GetString() == "1"));
        Assert.All(held.EnumerateArray(), r => Assert.StartsWith("ip:", r.GetProperty("clientKey").GetString()));
        var page = await client.GetStringAsync($"/reports/{month.Year}/{month.Month}?lang=en");
        Assert.Contains($"{after.GetProperty("quarantined").GetInt32():N0} held as bursts", page);
    }

    /// <summary>Responses given with transaction tokens, minted by the counter system.</summary>
    private async Task SeedVerifiedAsync(HttpClient client, int satisfied, int dissatisfied)
    {
        for (var i = 0; i < satisfied + dissatisfied; i++)
        {
            var token = await MintedToken.ForAsync(fixture.Machine, "counter", "metrology", $"STUFFING-{i}");
            var answered = await client.PostAsync("/api/surveys/counter/responses",
                SurveyResponseBody.Counter().With("overall", i < satisfied ? 5 : 2).WithToken(token).ToContent());
            Assert.Equal(HttpStatusCode.Created, answered.StatusCode);
        }
    }

    /// <summary>Open responses of citizens earlier in the month, each from an address of its own, as the form stores them.</summary>
    private async Task SeedEarlierOpenResponsesAsync(MonthKey month, int count)
    {
        var store = fixture.Host.Services.GetRequiredService<ISurveyResponseStore>();
        var units = new[] { "metrology", "office-north", "office-south", "certification" };
        var elapsed = DateTimeOffset.UtcNow - month.Start;
        for (var i = 0; i < count; i++)
        {
            var overall = (i % 5) switch { 0 => "3", 1 => "2", _ => (i % 2 == 0 ? "5" : "4") };
            var answers = new Dictionary<string, string> { ["waiting-time"] = "4", ["staff-attitude"] = overall, ["explanation"] = "4", ["overall"] = overall };
            await store.SaveAsync(new SurveyResponse(Guid.CreateVersion7().ToString("N"), "counter", 1, month.Start + elapsed * i / (2 * count), units[i % units.Length],
                "web", "zh-TW", answers, Source: ResponseSources.Form, ClientKey: $"ip:citizen-{i}"), CancellationToken.None);
        }
    }

    private async Task<JsonElement> CounterAsync(MonthKey month)
    {
        Assert.Equal(HttpStatusCode.OK, (await fixture.Staff.PostAsync($"/api/rollups/{month.Year}/{month.Month}", System.Net.Http.Json.JsonContent.Create(new { }))).StatusCode);
        var report = await fixture.Staff.GetFromJsonAsync<JsonElement>($"/api/reports/{month.Year}/{month.Month}");
        return report.GetProperty("surveys").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "counter");
    }

    private static decimal Percent(JsonElement figures) => figures.GetProperty("percent").GetDecimal();
}
