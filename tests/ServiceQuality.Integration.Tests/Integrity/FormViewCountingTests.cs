using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceQuality.Domain.Time;
using Xunit;

namespace ServiceQuality.Integration.Tests.Integrity;

/// <summary>Form views count once per visitor and day, so reloading a form link does not move its response rate.</summary>
[Collection(IntegrityHostCollection.Name)]
public sealed class FormViewCountingTests(IntegrityHostFixture fixture)
{
    [Fact]
    public async Task Forty_reloads_by_one_visitor_count_as_one_view()
    {
        using var visitor = fixture.Host.CreateClient();

        for (var i = 0; i < 40; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/surveys/service?unit=information&channel=web")).StatusCode);
        }

        Assert.Equal(1, await ViewsAsync("service", "information", "web"));
    }

    [Fact]
    public async Task Forty_cookieless_requests_from_one_address_count_at_most_the_daily_allowance_of_the_address()
    {
        for (var i = 0; i < 40; i++)
        {
            // A fresh client each time: no cookie is kept, as a script would send none.
            using var script = fixture.Host.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/surveys/customer-case?unit=certification&channel=web")).StatusCode);
        }

        Assert.Equal(5, await ViewsAsync("customer-case", "certification", "web"));
    }

    [Fact]
    public async Task A_head_request_for_a_form_is_not_counted_as_a_view()
    {
        for (var i = 0; i < 3; i++)
        {
            using var checker = fixture.Host.CreateClient();
            using var head = new HttpRequestMessage(HttpMethod.Head, "/surveys/service?unit=general-affairs&channel=web");
            Assert.Equal(HttpStatusCode.OK, (await checker.SendAsync(head)).StatusCode);
        }
        using var visitor = fixture.Host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/surveys/service?unit=general-affairs&channel=web")).StatusCode);

        Assert.Equal(1, await ViewsAsync("service", "general-affairs", "web"));
    }

    private async Task<long> ViewsAsync(string survey, string unit, string channel)
    {
        var month = MonthKey.Of(DateTimeOffset.UtcNow);
        var rates = await fixture.Staff.GetFromJsonAsync<JsonElement>($"/api/response-rates/{month.Year}/{month.Month}");
        return rates.GetProperty("rates").EnumerateArray()
            .Single(r => (r.GetProperty("survey").GetString(), r.GetProperty("unit").GetString(), r.GetProperty("channel").GetString()) == (survey, unit, channel))
            .GetProperty("formViews").GetInt64();
    }
}
