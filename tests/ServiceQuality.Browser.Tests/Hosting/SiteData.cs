using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ServiceQuality.Domain.Invitations;
using ServiceQuality.DevHosting;

namespace ServiceQuality.Browser.Tests.Hosting;

/// <summary>
/// Records the pages after a form need: a filed complaint, a logged etiquette test, a petition invitation; and the
/// counts the report's response-rate tables show.
/// </summary>
public sealed class SiteData(LocalHostInstance host)
{
    private readonly Lazy<Task<string>> _caseNumber = new(() => FileComplaintAsync(host));
    private readonly Lazy<Task<string>> _etiquetteTest = new(() => LogEtiquetteTestAsync(host));
    private readonly Lazy<Task> _responseRates = new(() => CountResponseRatesAsync(host));

    /// <summary>The case number of a complaint filed through the API.</summary>
    /// <summary>The signed status page of a complaint filed through the API, relative to the site.</summary>
    public Task<string> CaseStatusPathAsync() => _caseNumber.Value;

    /// <summary>"{month}/{id}" of a phone-etiquette test logged through the API.</summary>
    public Task<string> EtiquetteTestAsync() => _etiquetteTest.Value;

    /// <summary>
    /// A survey token minted and a form opened without one this month, rolled up into the year, so that the report page
    /// has response-rate tables however the tests are ordered.
    /// </summary>
    public Task ResponseRatesAsync() => _responseRates.Value;

    /// <summary>A fresh invitation token that opens the petition survey once.</summary>
    public string PetitionToken()
    {
        var tokens = host.Services.GetRequiredService<InvitationTokens>();
        var token = tokens.Issue(InvitationSurveys.Petition, "browser-" + Guid.NewGuid().ToString("N"), null, null, "zh-TW");
        return tokens.Encode(token);
    }

    private static async Task<string> FileComplaintAsync(LocalHostInstance host)
    {
        using var client = host.CreateClient();
        var response = await client.PostAsJsonAsync("/api/complaints", new
        {
            subject = "網路賣家販售無標章充電器",
            text = "我在購物平台買到沒有商品安全標章的行動電源，請協助查處。",
            name = "王小明",
            email = "citizen@example.com",
            channel = "web",
        });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("statusUrl").GetString()!;
    }

    private static async Task CountResponseRatesAsync(LocalHostInstance host)
    {
        using var staff = host.CreateStaffClient();
        var minted = await staff.PostAsJsonAsync("/api/survey-tokens",
            new { survey = "counter", unit = "metrology", channel = "kiosk", transactionReference = "BROWSER-" + Guid.NewGuid().ToString("N") });
        minted.EnsureSuccessStatusCode();
        using var client = host.CreateClient();
        (await client.GetAsync("/surveys/counter?channel=web")).EnsureSuccessStatusCode();
        var year = DateTime.UtcNow.AddHours(8).Year;
        (await staff.PostAsync($"/api/rollups/{year}", null)).EnsureSuccessStatusCode();
    }

    private static async Task<string> LogEtiquetteTestAsync(LocalHostInstance host)
    {
        using var client = host.CreateStaffClient();
        var response = await client.PostAsJsonAsync("/api/etiquette-tests", new
        {
            tester = "張測試",
            testedAt = $"{ServiceQuality.Domain.Time.TaipeiTime.DateOf(DateTimeOffset.UtcNow).Year - 1}-03-05T10:00:00+08:00",
            unit = "metrology",
            staff = "王小明",
            extension = "301",
            scores = new Dictionary<string, int>
            {
                ["answered-promptly"] = 10, ["greeting"] = 15, ["courtesy"] = 20, ["accuracy"] = 25, ["transfer"] = 10, ["closing"] = 10,
            },
        });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return $"{body.RootElement.GetProperty("month").GetString()}/{body.RootElement.GetProperty("id").GetString()}";
    }
}
