using ServiceQuality.DevHosting;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using ServiceQuality.Integration.Tests.Builders;
using ServiceQuality.Integration.Tests.Hosting;
using Xunit;

namespace ServiceQuality.Integration.Tests.SurveyTokens;

[Collection(LocalHostCollection.Name)]
public sealed class SurveyTokenApiTests(LocalHostFixture fixture) : IDisposable
{
    private readonly HttpClient _staff = fixture.Host.CreateMachineClient();
    private readonly HttpClient _manager = fixture.Host.CreateStaffClient(TestStaff.Manager);

    public void Dispose()
    {
        _staff.Dispose();
        _manager.Dispose();
    }

    [Fact]
    public async Task Minting_needs_the_function_key()
    {
        var response = await fixture.Client.PostAsync("/api/survey-tokens", Body("counter", "T-no-key"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_minted_token_answers_its_survey_once_with_the_tokens_unit_and_channel_and_its_transaction_link_is_deleted()
    {
        var reference = $"TX-{Guid.NewGuid():N}";
        var minted = await MintAsync("taxi-meter", reference);
        var token = minted.GetProperty("token").GetString()!;
        Assert.Equal(reference, await LinkReferenceAsync(reference));

        var first = await fixture.Client.PostAsync("/api/surveys/taxi-meter/responses", Answers(token));
        var second = await fixture.Client.PostAsync("/api/surveys/taxi-meter/responses", Answers(token));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Null(await LinkReferenceAsync(reference));
    }

    [Fact]
    public async Task The_minted_token_has_a_survey_link_and_qr_codes_of_it()
    {
        var minted = await MintAsync("counter", $"TX-{Guid.NewGuid():N}");
        var links = minted.GetProperty("links");

        var svg = await _staff.GetAsync(links.GetProperty("qrSvg").GetString());
        var png = await _staff.GetAsync(links.GetProperty("qrPng").GetString());

        Assert.Contains("/surveys/counter?token=", links.GetProperty("survey").GetString());
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", await svg.Content.ReadAsStringAsync());
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], (await png.Content.ReadAsByteArrayAsync())[..4]);
    }

    [Fact]
    public async Task A_forged_token_gets_403_for_its_qr_code_and_a_bilingual_page_on_the_form()
    {
        var token = (await MintAsync("counter", $"TX-{Guid.NewGuid():N}")).GetProperty("token").GetString()!;
        var forged = token[..^2] + (token[^2..] == "AA" ? "BB" : "AA");

        var qr = await _staff.GetAsync($"/api/survey-tokens/{Uri.EscapeDataString(forged)}/qr.svg");
        var form = await fixture.Client.GetAsync($"/surveys/counter?token={Uri.EscapeDataString(forged)}");

        Assert.Equal(HttpStatusCode.Forbidden, qr.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
        var html = await form.Content.ReadAsStringAsync();
        Assert.Contains("問卷連結無效", html);
        Assert.Contains("This survey link is not valid", html);
    }

    [Fact]
    public async Task A_request_for_another_survey_is_a_validation_problem()
    {
        var response = await _staff.PostAsync("/api/survey-tokens", Body("petition", "T-1"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("survey", out _));
    }

    [Fact]
    public async Task Response_rates_count_minted_tokens_and_untokened_form_views()
    {
        await MintAsync("counter", $"TX-{Guid.NewGuid():N}", unit: "office-north", channel: "kiosk");
        // A visitor of its own: the shared client has seen the counter form today, and a visitor counts once a day.
        using var visitor = fixture.Host.CreateClient();
        await visitor.GetAsync("/surveys/counter?channel=web&unit=office-north");
        var now = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8));

        var rates = await _manager.GetFromJsonAsync<JsonElement>($"/api/response-rates/{now.Year}/{now.Month}");

        var rows = rates.GetProperty("rates").EnumerateArray().Where(r => r.GetProperty("survey").GetString() == "counter" && r.GetProperty("unit").GetString() == "office-north").ToList();
        Assert.Contains(rows, r => r.GetProperty("channel").GetString() == "kiosk" && r.GetProperty("tokensMinted").GetInt64() >= 1);
        Assert.Contains(rows, r => r.GetProperty("channel").GetString() == "web" && r.GetProperty("formViews").GetInt64() >= 1);
    }

    [Fact]
    public async Task Response_rates_need_the_function_key()
    {
        var response = await fixture.Client.GetAsync("/api/response-rates/2026/11");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<JsonElement> MintAsync(string survey, string reference, string unit = "metrology", string? channel = null)
    {
        var response = await _staff.PostAsync("/api/survey-tokens", Body(survey, reference, unit, channel ?? "counter"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<string?> LinkReferenceAsync(string reference)
    {
        await foreach (var row in fixture.Tables.GetTableClient("SurveyTokenLinks").QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"TransactionReference eq {reference}")))
        {
            return row.GetString("TransactionReference");
        }
        return null;
    }

    private static StringContent Body(string survey, string reference, string unit = "metrology", string channel = "counter") =>
        new(JsonSerializer.Serialize(new { survey, unit, channel, transactionReference = reference }), Encoding.UTF8, "application/json");

    private static StringContent Answers(string token) => new(
        JsonSerializer.Serialize(new
        {
            token,
            answers = new Dictionary<string, object> { ["booking-waiting"] = 4, ["inspector-attitude"] = 5, ["result-explanation"] = 4, ["overall"] = 4 },
            channel = "web",
        }),
        Encoding.UTF8,
        "application/json");
}
