using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace ServiceQuality.Integration.Tests.Builders;

/// <summary>A transaction token minted through the staff API, as the counter system mints one for a served citizen.</summary>
public static class MintedToken
{
    public static async Task<string> ForAsync(HttpClient staff, string survey, string unit, string reference, string channel = "counter")
    {
        var minted = await staff.PostAsJsonAsync("/api/survey-tokens", new { survey, unit, channel, transactionReference = reference });
        Assert.Equal(HttpStatusCode.Created, minted.StatusCode);
        return (await minted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }
}
