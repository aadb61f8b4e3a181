using ServiceQuality.DevHosting;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using ServiceQuality.Domain.Etiquette;
using ServiceQuality.Handlers.Timers;
using ServiceQuality.Integration.Tests.Builders;
using ServiceQuality.Integration.Tests.Hosting;
using ServiceQuality.Integration.Tests.Surveys;
using Xunit;

namespace ServiceQuality.Integration.Tests.Etiquette;

/// <summary>
/// Coverage and figures through a local host of their own: tests may only be dated from last year on, so these tests
/// cannot each take a year no other test writes to, and take their own storage instead.
/// </summary>
[Collection(EtiquetteReportCollection.Name)]
public sealed class EtiquetteReportTests(LocalHostFixture fixture) : IDisposable
{
    private static readonly int Year = TestYears.Last;

    private readonly HttpClient _staff = fixture.Host.CreateStaffClient(TestStaff.EtiquetteTester);

    public void Dispose() => _staff.Dispose();

    [Fact]
    public async Task A_unit_tested_in_january_is_covered_for_january_to_april_but_not_yet_from_may()
    {
        // The first moment of this year is never in the future, and no other test here writes this year.
        var thisYear = Year + 1;
        await PostAsync(EtiquetteTestBody.Valid().At($"{thisYear}-01-01T00:00:00+08:00").In("metrology"));

        var april = await _staff.GetFromJsonAsync<JsonElement>($"/api/etiquette-tests/coverage?date={thisYear}-04-30");
        var may = await _staff.GetFromJsonAsync<JsonElement>($"/api/etiquette-tests/coverage?date={thisYear}-05-01");

        Assert.Equal($"{thisYear}-P1", april.GetProperty("current").GetProperty("period").GetString());
        Assert.DoesNotContain("metrology", UntestedIds(april.GetProperty("current")));
        Assert.Equal(1, april.GetProperty("current").GetProperty("unitsTested").GetInt32());
        Assert.Equal($"{thisYear}-P2", may.GetProperty("current").GetProperty("period").GetString());
        Assert.Contains("metrology", UntestedIds(may.GetProperty("current")));
        Assert.Equal($"{thisYear}-P1", may.GetProperty("previous").GetProperty("period").GetString());
        Assert.DoesNotContain("metrology", UntestedIds(may.GetProperty("previous")));
        Assert.Contains("personnel", UntestedIds(may.GetProperty("previous")));
        Assert.Equal("人事室", may.GetProperty("previous").GetProperty("untested").EnumerateArray()
            .Single(u => u.GetProperty("id").GetString() == "personnel").GetProperty("name").GetProperty("zh-TW").GetString());
    }

    [Fact]
    public async Task A_malformed_coverage_date_is_400_naming_it()
    {
        var problem = await SurveyResponseApiTests.AssertProblem(await _staff.GetAsync("/api/etiquette-tests/coverage?date=30/04/2023"), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("date", out _));
    }

    [Fact]
    public async Task The_daily_timer_writes_a_coverage_row_per_unit_for_the_current_period()
    {
        var timer = fixture.Host.Services.GetRequiredService<EtiquetteCoverageTimer>();

        var status = await timer.RunAsync(CancellationToken.None);

        var rows = new List<TableEntity>();
        await foreach (var row in fixture.Tables.GetTableClient("EtiquetteCoverage").QueryAsync<TableEntity>(e => e.PartitionKey == status.Current.Period.ToString()))
        {
            rows.Add(row);
        }
        Assert.Equal(TestPeriod.Of(DateTimeOffset.UtcNow), status.Current.Period);
        Assert.Equal(11, rows.Count);
        Assert.Equal(status.Current.Untested.Select(u => u.UnitId).Order(), rows.Where(r => r.GetBoolean("Tested") == false).Select(r => r.RowKey).Order());
    }

    [Fact]
    public async Task The_figures_of_a_month_and_of_its_year_match_the_tests_logged()
    {
        var lastOfFebruary = new DateOnly(Year, 3, 1).AddDays(-1).Day;
        await PostAsync(EtiquetteTestBody.Valid().At($"{Year}-02-05T10:00:00+08:00").In("metrology").With("extension", "301").Totalling(95));
        await PostAsync(EtiquetteTestBody.Valid().At($"{Year}-02-20T10:00:00+08:00").In("office-north").With("extension", "501").Totalling(64));
        await PostAsync(EtiquetteTestBody.Valid().At($"{Year}-02-{lastOfFebruary}T23:00:00+08:00").In("office-north").With("extension", "502").Totalling(80));
        await PostAsync(EtiquetteTestBody.Valid().At($"{Year}-03-10T10:00:00+08:00").In("office-north").With("extension", "501").Totalling(88));

        var february = await _staff.GetFromJsonAsync<JsonElement>($"/api/etiquette-tests/figures?year={Year}&month=2");
        var year = await _staff.GetFromJsonAsync<JsonElement>($"/api/etiquette-tests/figures?year={Year}");

        Assert.Equal(3, february.GetProperty("testCount").GetInt32());
        Assert.Equal(79.7m, february.GetProperty("averageScore").GetDecimal());
        Assert.Equal(95, february.GetProperty("commendations").EnumerateArray().Single().GetProperty("score").GetInt32());
        var retest = february.GetProperty("retests").EnumerateArray().Single();
        // A score of 64 is retested within 30 days.
        Assert.Equal(new DateOnly(Year, 2, 20).AddDays(30).ToString("yyyy-MM-dd"), retest.GetProperty("retestDue").GetString());
        Assert.True(retest.GetProperty("retested").GetBoolean());
        Assert.Equal(88, retest.GetProperty("retestScore").GetInt32());
        var coverage = february.GetProperty("coverage");
        Assert.Equal((2, 11, 18.2m), (coverage.GetProperty("unitsTested").GetInt32(), coverage.GetProperty("unitsRequired").GetInt32(), coverage.GetProperty("percent").GetDecimal()));
        Assert.Equal($"{Year}-P1", coverage.GetProperty("periods")[0].GetProperty("period").GetString());
        Assert.Equal(4, year.GetProperty("testCount").GetInt32());
        Assert.Equal(81.8m, year.GetProperty("averageScore").GetDecimal());
        Assert.Equal(3, year.GetProperty("coverage").GetProperty("periods").GetArrayLength());
    }

    [Fact]
    public async Task A_month_out_of_range_is_400_naming_it()
    {
        var problem = await SurveyResponseApiTests.AssertProblem(await _staff.GetAsync("/api/etiquette-tests/figures?year=2024&month=0"), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("month", out _));
    }

    private async Task PostAsync(EtiquetteTestBody body)
    {
        var response = await _staff.PostAsync("/api/etiquette-tests", body.ToContent());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private static List<string?> UntestedIds(JsonElement period) =>
        period.GetProperty("untested").EnumerateArray().Select(u => u.GetProperty("id").GetString()).ToList();
}

[CollectionDefinition(Name)]
public sealed class EtiquetteReportCollection : ICollectionFixture<LocalHostFixture>
{
    public const string Name = "local host of the etiquette reports";
}
