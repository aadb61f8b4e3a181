using ServiceQuality.DevHosting;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ServiceQuality.Domain.Reports;
using ServiceQuality.Domain.Time;
using ServiceQuality.Integration.Tests.Hosting;
using Xunit;

namespace ServiceQuality.Integration.Tests.Email;

[Collection(LocalHostCollection.Name)]
public sealed class MonthlyReportEmailTests(LocalHostFixture fixture) : IDisposable
{
    private readonly HttpClient _staff = fixture.Host.CreateStaffClient(TestStaff.Admin);

    public void Dispose() => _staff.Dispose();

    [Fact]
    public async Task The_monthly_timer_sends_each_manager_the_summary_of_the_month_just_ended_once()
    {
        var timer = fixture.Host.Services.GetRequiredService<MonthlyReportMailer>();
        var month = MonthKey.Of(DateTimeOffset.UtcNow).Previous;

        var first = await timer.SendAsync(CancellationToken.None);
        var second = await timer.SendAsync(CancellationToken.None);

        Assert.Equal(2, first);
        Assert.Equal(0, second);
        var email = await Eventually.GetAsync<object>(async () =>
        {
            var list = await _staff.GetFromJsonAsync<JsonElement>("/api/outbox");
            return list.EnumerateArray().Where(e => e.GetProperty("id").GetString() == $"monthly-report-{month}-director@branch.example.gov.tw")
                .Select(e => (object)e).FirstOrDefault();
        });
        var message = (JsonElement)email;
        Assert.Contains(MinguoDate.Month(month), message.GetProperty("subject").GetString());
        Assert.Contains($"/reports/{month.Year}/{month.Month}", message.GetProperty("textBody").GetString());
        Assert.Contains("陳情案件", message.GetProperty("textBody").GetString());
    }
}
