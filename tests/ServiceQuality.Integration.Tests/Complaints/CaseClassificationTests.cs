using System.Net.Http.Json;
using System.Text.Json;
using ServiceQuality.Integration.Tests.Builders;
using ServiceQuality.Integration.Tests.Hosting;
using ServiceQuality.DevHosting;
using Xunit;

namespace ServiceQuality.Integration.Tests.Complaints;

[Collection(LocalHostCollection.Name)]
public sealed class CaseClassificationTests(LocalHostFixture fixture) : IDisposable
{
    private readonly HttpClient _staff = fixture.Host.CreateStaffClient(TestStaff.Triage);

    public void Dispose() => _staff.Dispose();

    [Fact]
    public async Task A_product_safety_incident_is_classified_routed_to_its_unit_and_given_top_priority()
    {
        var number = await FileAsync(fixture.Client, "昨晚我家小孩用的行動電源在充電時突然起火，手被燙傷送急診，請你們調查這個產品。");

        var routed = await WaitForClassificationAsync(_staff, number);

        Assert.Equal("product-safety-incident", routed.GetProperty("category").GetString());
        Assert.Equal("routed", routed.GetProperty("status").GetString());
        Assert.Equal("inspection-2", routed.GetProperty("unit").GetString());
        Assert.True(routed.GetProperty("priority").GetInt32() >= 90);
        Assert.InRange(routed.GetProperty("confidence").GetDouble(), 0.5, 1.0);
    }

    [Fact]
    public async Task A_report_of_an_online_seller_is_routed_to_market_surveillance_and_is_visible_in_triage()
    {
        var number = await FileAsync(fixture.Client, "露天拍賣有賣家在賣沒有BSMI標章的延長線，賣場叫「便宜電料行」，請查處。");

        await WaitForClassificationAsync(_staff, number);
        var list = await _staff.GetFromJsonAsync<JsonElement>("/api/cases?unit=inspection-2&status=routed");

        var listed = Assert.Single(list.EnumerateArray(), c => c.GetProperty("caseNumber").GetString() == number);
        Assert.Equal("uncertified-goods-seller", listed.GetProperty("category").GetString());
        Assert.False(listed.GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task A_classification_under_the_configured_confidence_goes_to_staff_review_without_a_unit()
    {
        // Its own storage: on the shared account the other host's queue listener could classify the case first.
        await using var azurite = await AzuriteProcess.StartAsync();
        await using var host = await LocalHostInstance.StartAsync(
            azurite.ConnectionString,
            new Dictionary<string, string?> { ["Classification:ReviewThreshold"] = "1.01" });
        using var client = host.CreateClient();
        using var staff = host.CreateStaffClient(TestStaff.Triage);

        var number = await FileAsync(client, "請問電風扇需要申請商品檢驗嗎？");
        var reviewed = await WaitForClassificationAsync(staff, number);

        Assert.Equal("needs-review", reviewed.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, reviewed.GetProperty("unit").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, reviewed.GetProperty("category").ValueKind);
    }

    private static async Task<string> FileAsync(HttpClient client, string text)
    {
        var response = await client.PostAsync("/api/complaints", ComplaintBody.Web().Without("subject").WithText(text).ToContent());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseNumber").GetString()!;
    }

    internal static Task<JsonElement> WaitForClassificationAsync(HttpClient staff, string number) =>
        Eventually.GetAsync<object>(async () =>
        {
            var detail = await staff.GetFromJsonAsync<JsonElement>($"/api/cases/{number}");
            return detail.GetProperty("status").GetString() == "received" ? null : detail;
        }, TimeSpan.FromSeconds(90)).ContinueWith(t => (JsonElement)t.Result, TaskScheduler.Default);
}
