using ServiceQuality.DevHosting;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceQuality.Integration.Tests.Builders;
using Xunit;

namespace ServiceQuality.Integration.Tests.Security;

/// <summary>
/// A lone surrogate or a byte that is not UTF-8 in any text field of any JSON endpoint is a 400 problem that
/// names the field (the surrogate) or the body (the byte), and nothing is stored.
/// </summary>
[Collection(SecurityHostCollection.Name)]
public sealed class InvalidTextTests(SecurityHostFixture fixture)
{
    private const string Marker = InvalidTextBodies.Marker;

    public static TheoryData<InvalidText, string> SurveyFields => Cases("answers.comment", "unit");

    public static TheoryData<InvalidText, string> ComplaintFields => Cases("text", "subject", "name");

    [Theory]
    [MemberData(nameof(SurveyFields))]
    public async Task A_survey_response_with_invalid_text_is_refused(InvalidText kind, string field)
    {
        var body = field == "unit" ? SurveyResponseBody.Counter().InUnit(Marker) : SurveyResponseBody.Counter().WithComment(Marker);
        using var client = fixture.Open.CreateClient();

        await AssertRefusedAsync(client, "/api/surveys/counter/responses", body.ToJson(), kind, field);
    }

    [Theory]
    [MemberData(nameof(ComplaintFields))]
    public async Task A_complaint_with_invalid_text_is_refused(InvalidText kind, string field)
    {
        using var client = fixture.Open.CreateClient();

        await AssertRefusedAsync(client, "/api/complaints", ComplaintBody.Web().With(field, Marker).ToJson(), kind, field);
    }

    [Theory]
    [InlineData(InvalidText.LoneSurrogate)]
    [InlineData(InvalidText.InvalidUtf8)]
    public async Task An_etiquette_test_with_an_invalid_tester_name_is_refused(InvalidText kind)
    {
        using var staff = await fixture.Open.CreateStaffClientAsync(TestStaff.EtiquetteTester);

        await AssertRefusedAsync(staff, "/api/etiquette-tests", EtiquetteTestBody.Valid().With("tester", Marker).ToJson(), kind, "tester");
    }

    [Theory]
    [InlineData(InvalidText.LoneSurrogate)]
    [InlineData(InvalidText.InvalidUtf8)]
    public async Task A_case_reply_with_invalid_text_is_refused(InvalidText kind)
    {
        using var client = fixture.Open.CreateClient();
        using var staff = await fixture.Open.CreateStaffClientAsync(TestStaff.Triage);
        using var admin = await fixture.Open.CreateStaffClientAsync(TestStaff.Admin);
        var filed = await client.PostAsync("/api/complaints", ComplaintBody.Web().ToContent());
        var number = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseNumber").GetString();
        // The queue handlers' work on the new case (classification, acknowledgement) finishes before the count.
        await Hosting.Eventually.GetAsync(async () =>
            (await staff.GetFromJsonAsync<JsonElement>($"/api/cases/{number}")).GetProperty("status").GetString() != "received"
            && (await admin.GetFromJsonAsync<JsonElement>("/api/outbox")).EnumerateArray().Any(e => e.GetProperty("id").GetString() == $"acknowledgement-{number}")
                ? "settled" : null);

        await AssertRefusedAsync(staff, $"/api/cases/{number}/reply", new JsonObject { ["reply"] = Marker }.ToJsonString(), kind, "reply");
    }

    [Theory]
    [InlineData(InvalidText.LoneSurrogate)]
    [InlineData(InvalidText.InvalidUtf8)]
    public async Task A_survey_token_with_an_invalid_transaction_reference_is_refused(InvalidText kind)
    {
        using var staff = fixture.Open.CreateMachineClient();
        var body = new JsonObject { ["survey"] = "counter", ["unit"] = "metrology", ["channel"] = "counter", ["transactionReference"] = Marker };

        await AssertRefusedAsync(staff, "/api/survey-tokens", body.ToJsonString(), kind, "transactionReference");
    }

    private async Task AssertRefusedAsync(HttpClient client, string path, string jsonWithMarker, InvalidText kind, string field)
    {
        var before = await fixture.CountSettledRowsAsync();

        var response = await client.PostAsync(path, InvalidTextBodies.Json(jsonWithMarker, kind));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(kind == InvalidText.LoneSurrogate ? field : "body", out _), errors.ToString());
        Assert.Equal(before, await fixture.CountRowsAsync());
    }

    private static TheoryData<InvalidText, string> Cases(params string[] fields)
    {
        var data = new TheoryData<InvalidText, string>();
        foreach (var field in fields)
        {
            data.Add(InvalidText.LoneSurrogate, field);
            data.Add(InvalidText.InvalidUtf8, field);
        }
        return data;
    }
}
