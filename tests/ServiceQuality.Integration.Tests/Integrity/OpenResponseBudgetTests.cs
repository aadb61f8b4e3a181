using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Time;
using ServiceQuality.Handlers.Security;
using ServiceQuality.Integration.Tests.Builders;
using Xunit;

namespace ServiceQuality.Integration.Tests.Integrity;

/// <summary>The shipped write budget of open responses, per client address and per kiosk, on a host of its own.</summary>
[Collection(IntegrityHostCollection.Name)]
public sealed class OpenResponseBudgetTests(IntegrityHostFixture fixture)
{
    [Fact]
    public async Task A_client_gets_three_open_responses_a_minute_and_a_forged_forwarded_for_buys_no_more_while_token_responses_pass()
    {
        using var client = fixture.BudgetHost.CreateClient();
        using var staff = fixture.BudgetHost.CreateMachineClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.PostAsync("/api/surveys/counter/responses", SurveyResponseBody.Counter().ToContent())).StatusCode);
        }

        var over = await client.PostAsync("/api/surveys/counter/responses", SurveyResponseBody.Counter().ToContent());
        var spoofed = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/surveys/counter/responses") { Content = SurveyResponseBody.Counter().ToContent() };
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{i + 10}");
            spoofed.Add((await client.SendAsync(request)).StatusCode);
        }
        var form = FormTokenFor.NewForm(fixture.BudgetHost);
        foreach (var (question, answer) in new[] { ("waiting-time", "5"), ("staff-attitude", "5"), ("explanation", "4"), ("overall", "4"), ("unit", "metrology") })
        {
            form[question == "unit" ? question : $"answers.{question}"] = answer;
        }
        var overByForm = await client.PostAsync("/surveys/counter?lang=en", new FormUrlEncodedContent(form));
        var token = await MintedToken.ForAsync(staff, "taxi-meter", "metrology", "BUDGET-1");
        var tokened = await client.PostAsync("/api/surveys/taxi-meter/responses", SurveyResponseBody.TaxiMeter().WithToken(token).ToContent());

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Created, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, over.StatusCode);
        Assert.True(over.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", over.Content.Headers.ContentType?.MediaType);
        Assert.All(spoofed, s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, overByForm.StatusCode);
        Assert.Contains("Too many responses from this connection", await overByForm.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, tokened.StatusCode);
    }

    [Fact]
    public async Task Answers_that_cannot_be_stored_spend_none_of_the_budget()
    {
        using var client = fixture.BudgetHost.CreateClient();
        using var staff = fixture.BudgetHost.CreateMachineClient();
        var minted = await staff.PostAsJsonAsync("/api/kiosks", new { deviceId = "general-affairs-kiosk-2", unit = "general-affairs" });
        var credential = (await minted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;

        async Task<HttpStatusCode> SendAsync(SurveyResponseBody body)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/surveys/counter/responses") { Content = body.InChannel("kiosk").ToContent() };
            request.Headers.Add(KioskTokens.HeaderName, credential);
            return (await client.SendAsync(request)).StatusCode;
        }

        // More mistakes than the kiosk's budget of a minute: a citizen correcting the form again and again.
        var mistakes = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            mistakes.Add(await SendAsync(SurveyResponseBody.Counter().Without("overall")));
        }
        var corrected = await SendAsync(SurveyResponseBody.Counter());

        Assert.Equal(HttpStatusCode.Created, minted.StatusCode);
        Assert.All(mistakes, s => Assert.Equal(HttpStatusCode.BadRequest, s));
        Assert.Equal(HttpStatusCode.Created, corrected);
    }

    [Fact]
    public async Task A_kiosk_has_a_budget_of_its_own_and_a_revoked_or_forged_credential_is_refused()
    {
        using var client = fixture.BudgetHost.CreateClient();
        using var staff = fixture.BudgetHost.CreateMachineClient();
        var minted = await staff.PostAsJsonAsync("/api/kiosks", new { deviceId = "metrology-kiosk-1", unit = "metrology" });
        Assert.Equal(HttpStatusCode.Created, minted.StatusCode);
        var credential = (await minted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;

        async Task<HttpResponseMessage> SendAsync(string kioskToken)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/surveys/counter/responses")
            {
                Content = SurveyResponseBody.Counter().InChannel("kiosk").ToContent(),
            };
            request.Headers.Add(KioskTokens.HeaderName, kioskToken);
            return await client.SendAsync(request);
        }

        var accepted = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            accepted.Add((await SendAsync(credential)).StatusCode);
        }
        var overKiosk = await SendAsync(credential);
        var forged = await SendAsync(credential[..^4] + "AAAA");
        var revoke = await staff.PostAsync("/api/kiosks/metrology-kiosk-1/revoke", null);
        var afterRevoke = await SendAsync(credential);

        Assert.All(accepted, s => Assert.Equal(HttpStatusCode.Created, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, overKiosk.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, afterRevoke.StatusCode);
        var store = fixture.BudgetHost.Services.GetRequiredService<ISurveyResponseStore>();
        var kioskResponses = new List<SurveyResponse>();
        await foreach (var response in store.ListMonthAsync("counter", MonthKey.Of(DateTimeOffset.UtcNow), CancellationToken.None))
        {
            if (response.ClientKey == "kiosk:metrology-kiosk-1")
            {
                kioskResponses.Add(response);
            }
        }
        Assert.Equal(5, kioskResponses.Count);
        Assert.All(kioskResponses, r => Assert.False(r.Verified));
    }
}
