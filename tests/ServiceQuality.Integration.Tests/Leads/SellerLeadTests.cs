using ServiceQuality.DevHosting;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ServiceQuality.Integration.Tests.Builders;
using ServiceQuality.Integration.Tests.Complaints;
using ServiceQuality.Integration.Tests.Hosting;
using ServiceQuality.Integration.Tests.Surveys;
using Xunit;

namespace ServiceQuality.Integration.Tests.Leads;

[Collection(LocalHostCollection.Name)]
public sealed class SellerLeadTests(LocalHostFixture fixture) : IDisposable
{
    private readonly HttpClient _staff = fixture.Host.CreateStaffClient(TestStaff.Triage);

    public void Dispose() => _staff.Dispose();

    [Fact]
    public async Task Three_complaints_naming_the_same_online_shop_become_one_lead_with_count_three()
    {
        var shop = $"leadtest{Guid.NewGuid():N}"[..20];
        var numbers = new List<string>();
        foreach (var text in new[]
        {
            $"蝦皮賣場 https://shopee.tw/{shop} 在賣沒有商品安全標章的行動電源，請查處。",
            $"檢舉 shopee.tw/{shop}/ 販售未經檢驗的充電器",
            $"I bought an uncertified power bank from https://www.shopee.tw/{shop.ToUpperInvariant()}?ref=share please investigate",
        })
        {
            var number = await FileAsync(text);
            await _staff.PostAsync($"/api/cases/{number}/category", Json(new { category = "uncertified-goods-seller" }));
            numbers.Add(number);
        }

        var leads = await _staff.GetFromJsonAsync<JsonElement>("/api/leads");

        var lead = Assert.Single(leads.EnumerateArray(), l => l.GetProperty("shopId").GetString() == shop);
        Assert.Equal(3, lead.GetProperty("count").GetInt32());
        Assert.Equal("shopee", lead.GetProperty("platform").GetString());
        Assert.Equal(numbers.Order(), lead.GetProperty("caseNumbers").EnumerateArray().Select(n => n.GetString()!).Order());
        Assert.Contains("power-bank", lead.GetProperty("productTypes").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task Correcting_the_same_case_twice_counts_it_once()
    {
        var number = await FileAsync("露天賣場「重複計算測試店」賣沒有標章的吹風機");

        await _staff.PostAsync($"/api/cases/{number}/category", Json(new { category = "uncertified-goods-seller" }));
        await _staff.PostAsync($"/api/cases/{number}/category", Json(new { category = "uncertified-goods-seller" }));
        var leads = await _staff.GetFromJsonAsync<JsonElement>("/api/leads");

        Assert.Equal(1, Assert.Single(leads.EnumerateArray(), l => l.GetProperty("shopName").GetString() == "重複計算測試店").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Staff_merge_two_leads_of_one_seller_and_split_a_wrongly_merged_report()
    {
        var first = await FileAsync("FB社團有賣家「合併測試甲」賣無標章安全帽");
        var second = await FileAsync("蝦皮賣場「合併測試乙」同一個人在賣安全帽");
        await _staff.PostAsync($"/api/cases/{first}/category", Json(new { category = "uncertified-goods-seller" }));
        await _staff.PostAsync($"/api/cases/{second}/category", Json(new { category = "uncertified-goods-seller" }));
        var leads = (await _staff.GetFromJsonAsync<JsonElement>("/api/leads")).EnumerateArray().ToList();
        var a = leads.Single(l => l.GetProperty("shopName").GetString() == "合併測試甲").GetProperty("id").GetString();
        var b = leads.Single(l => l.GetProperty("shopName").GetString() == "合併測試乙").GetProperty("id").GetString();

        var merged = await _staff.PostAsync($"/api/leads/{b}/merge", Json(new { into = a }));
        var split = await _staff.PostAsync($"/api/leads/{a}/split", Json(new { caseNumbers = new[] { second } }));
        var after = (await _staff.GetFromJsonAsync<JsonElement>("/api/leads")).EnumerateArray().ToList();

        Assert.Equal(2, (await merged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("count").GetInt32());
        Assert.Equal(HttpStatusCode.OK, split.StatusCode);
        Assert.DoesNotContain(after, l => l.GetProperty("id").GetString() == b);
        Assert.Equal(1, after.Single(l => l.GetProperty("id").GetString() == a).GetProperty("count").GetInt32());
        Assert.Contains(after, l => l.GetProperty("caseNumbers").EnumerateArray().Select(n => n.GetString()).SequenceEqual([second]));
        using var admin = fixture.Host.CreateStaffClient(TestStaff.Admin);
        var trail = (await admin.GetFromJsonAsync<JsonElement[]>("/api/audit"))!;
        var triage = $"<{TestStaff.Triage}>";
        Assert.Contains(trail, e => e.GetProperty("action").GetString() == "lead-merged" && e.GetProperty("resource").GetString() == $"leads/{b}"
            && e.GetProperty("actor").GetString()!.EndsWith(triage, StringComparison.Ordinal));
        Assert.Contains(trail, e => e.GetProperty("action").GetString() == "lead-split" && e.GetProperty("resource").GetString() == $"leads/{a}"
            && e.GetProperty("actor").GetString()!.EndsWith(triage, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bad_merge_and_split_requests_get_problem_details()
    {
        var noTarget = await _staff.PostAsync("/api/leads/abc/merge", Json(new { }));
        var unknown = await _staff.PostAsync("/api/leads/abc/merge", Json(new { into = "def" }));
        var badSplit = await _staff.PostAsync("/api/leads/abc/split", Json(new { caseNumbers = "2026-000001" }));
        var missing = await _staff.GetAsync("/api/leads/nope");

        await SurveyResponseApiTests.AssertProblem(noTarget, HttpStatusCode.BadRequest);
        await SurveyResponseApiTests.AssertProblem(unknown, HttpStatusCode.Conflict);
        await SurveyResponseApiTests.AssertProblem(badSplit, HttpStatusCode.BadRequest);
        await SurveyResponseApiTests.AssertProblem(missing, HttpStatusCode.NotFound);
    }

    private async Task<string> FileAsync(string text)
    {
        var response = await fixture.Client.PostAsync("/api/complaints", ComplaintBody.Web().Without("subject").WithText(text).ToContent());
        var number = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseNumber").GetString()!;
        // Let the classifier finish first, so its routing does not race the staff correction.
        await CaseClassificationTests.WaitForClassificationAsync(_staff, number);
        return number;
    }

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
}
