using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Invitations;
using ServiceQuality.Domain.Leads;
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
    private readonly Lazy<Task> _satisfaction = new(() => AnswerCounterSurveyAsync(host));
    private readonly Lazy<Task<string>> _reviewCase = new(() => FileCaseNeedingReviewAsync(host, "review.case@example.com"));
    private readonly Lazy<Task<string>> _sellerLead = new(() => StoreSellerLeadsAsync(host));

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

    /// <summary>
    /// Counter responses this month, enough to publish (12 satisfied, one dissatisfied with a comment giving a phone
    /// number), their purposes of visit, the comment classified and the year rolled up: the report has a trend, a summary
    /// and single-choice figures, and the comments reader has a comment, however the tests are ordered.
    /// </summary>
    public Task SatisfactionAsync() => _satisfaction.Value;

    /// <summary>The number of a complaint filed through the API (with contact details) that waits for staff to choose its category.</summary>
    public Task<string> CaseNeedingReviewAsync() => _reviewCase.Value;

    /// <summary>The id of a seller lead with three cases, beside another open lead it could be merged into.</summary>
    public Task<string> SellerLeadAsync() => _sellerLead.Value;

    /// <summary>
    /// Files a complaint through the API as a citizen with <paramref name="email"/>, then marks it as the classifier does
    /// when unsure: needs review, no unit. The classifier skips a case that is no longer "received", so it stays so.
    /// </summary>
    public static async Task<string> FileCaseNeedingReviewAsync(LocalHostInstance host, string email)
    {
        using var client = host.CreateClient();
        var response = await client.PostAsJsonAsync("/api/complaints", new
        {
            subject = "電子秤不準",
            text = "市場攤商的電子秤好像不準，買一斤只有九兩。",
            name = "林小姐",
            email,
            channel = "web",
        });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var text = body.RootElement.GetProperty("caseNumber").GetString()!;
        CaseNumber.TryParse(text, out var number);
        var cases = host.Services.GetRequiredService<ICaseStore>();
        for (var attempt = 0; ; attempt++)
        {
            var found = (await cases.FindAsync(number, CancellationToken.None))!;
            try
            {
                await cases.ReplaceAsync(found.Case with { Status = CaseStatus.NeedsReview, UnitId = null, Category = "other", Confidence = 0.34f, Priority = 10 },
                    found.Version, CancellationToken.None);
                return text;
            }
            catch (CaseConflictException) when (attempt < 5)
            {
                // The classifier stored its result in between: mark the case again over it.
            }
        }
    }

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
        using var staff = host.CreateMachineClient();
        using var manager = await host.CreateStaffClientAsync(TestStaff.Manager);
        var minted = await staff.PostAsJsonAsync("/api/survey-tokens",
            new { survey = "counter", unit = "metrology", channel = "kiosk", transactionReference = "BROWSER-" + Guid.NewGuid().ToString("N") });
        minted.EnsureSuccessStatusCode();
        using var client = host.CreateClient();
        (await client.GetAsync("/surveys/counter?channel=web")).EnsureSuccessStatusCode();
        var year = DateTime.UtcNow.AddHours(8).Year;
        (await manager.PostAsync($"/api/rollups/{year}", JsonContent.Create(new { }))).EnsureSuccessStatusCode();
    }

    private static async Task AnswerCounterSurveyAsync(LocalHostInstance host)
    {
        using var client = host.CreateClient();
        var purposes = new[] { "metrology", "metrology", "metrology", "metrology", "metrology", "metrology", "certificate", "certificate", "certificate", "certificate", "certificate", "inquiry" };
        foreach (var purpose in purposes)
        {
            await PostCounterAsync(client, new JsonObject { ["overall"] = 5, ["waiting-time"] = 4, ["staff-attitude"] = 5, ["explanation"] = 4, ["purpose"] = purpose });
        }
        await PostCounterAsync(client, new JsonObject
        {
            ["overall"] = 2, ["waiting-time"] = 1, ["staff-attitude"] = 3, ["explanation"] = 2, ["comment"] = "櫃檯等候時間太久，排了一個小時。請打0912-345-678回覆我。",
        });
        using var staff = await host.CreateStaffClientAsync(TestStaff.Manager);
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (!(await staff.GetStringAsync("/staff/comments?survey=counter")).Contains("class=\"comment\"", StringComparison.Ordinal))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The counter comment was not classified in time.");
            }
            await Task.Delay(500);
        }
        (await staff.PostAsync($"/api/rollups/{DateTime.UtcNow.AddHours(8).Year}", JsonContent.Create(new { }))).EnsureSuccessStatusCode();
    }

    private static async Task PostCounterAsync(HttpClient client, JsonObject answers)
    {
        var body = new JsonObject { ["unit"] = "metrology", ["channel"] = "counter", ["answers"] = answers };
        var response = await client.PostAsync("/api/surveys/counter/responses", new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
    }

    private static async Task<string> LogEtiquetteTestAsync(LocalHostInstance host)
    {
        using var client = await host.CreateStaffClientAsync(TestStaff.EtiquetteTester);
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

    private static async Task<string> StoreSellerLeadsAsync(LocalHostInstance host)
    {
        var store = host.Services.GetRequiredService<ISellerLeadStore>();
        var now = DateTimeOffset.UtcNow;
        var year = ServiceQuality.Domain.Time.TaipeiTime.DateOf(now).Year;
        SellerLead Lead(string id, string shop, params string[] cases) =>
            new(id, [$"browser:{id}"], "shopee", shop, $"shop-{id[..4]}", $"https://shopee.tw/shop-{id[..4]}", ["power-bank"], cases, now.AddDays(-10), now.AddDays(-1));
        var lead = Lead("a1b2c3d4e5f60718", "行動電源專賣店", $"{year}-900001", $"{year}-900002", $"{year}-900003");
        await store.TrySaveAsync(lead, null, CancellationToken.None);
        await store.TrySaveAsync(Lead("0817e6f5d4c3b2a1", "充電器小舖", $"{year}-900004"), null, CancellationToken.None);
        return lead.Id;
    }
}
