using ServiceQuality.Domain.OpenData;
using ServiceQuality.Domain.Reports;
using ServiceQuality.Domain.Tests.Builders;
using ServiceQuality.Domain.Time;
using Xunit;

namespace ServiceQuality.Domain.Tests.OpenData;

public sealed class OpenDataServiceTests
{
    private static readonly TimeSpan Taipei = TimeSpan.FromHours(8);
    private readonly ReportServices _services = new(TimeProvider.System);

    private OpenDataService Service() => new(Definitions.Catalog, _services.Responses, new PersonalDataScrubber(), new ReportOptions());

    [Fact]
    public async Task Responses_are_published_with_their_taipei_date_and_scrubbed_text_but_no_id_or_time()
    {
        // 07:00 on 1 April in Taipei is still 31 March in UTC: the published date is the Taipei one.
        await _services.AddResponsesAsync("counter", 5, "5", new DateTimeOffset(2026, 4, 1, 7, 0, 0, Taipei), comment: "請打0912-345-678或寫信到 a.b@example.com");

        var export = await Service().ResponsesAsync(new MonthKey(2026, 4), CancellationToken.None);

        Assert.Equal(5, export.Responses.Count);
        var row = export.Responses[0];
        Assert.Equal(new DateOnly(2026, 4, 1), row.Date);
        Assert.Equal("請打[phone]或寫信到 [email]", row.Answers["comment"]);
        Assert.Equal("5", row.Answers["overall"]);
        Assert.DoesNotContain(typeof(OpenDataResponse).GetProperties(), p => p.Name is "Id" or "ResponseId" or "SubmittedAt" or "Email" or "Phone");
    }

    [Fact]
    public async Task A_survey_and_unit_group_of_fewer_than_five_responses_is_left_out_and_counted()
    {
        var march = new DateTimeOffset(2026, 3, 10, 10, 0, 0, Taipei);
        await _services.AddResponsesAsync("counter", 5, "5", march, unit: "metrology");
        await _services.AddResponsesAsync("counter", 4, "5", march, unit: "office-north");
        await _services.AddResponsesAsync("service", 3, "5", march, unit: "metrology");

        var export = await Service().ResponsesAsync(new MonthKey(2026, 3), CancellationToken.None);

        Assert.Equal(5, export.Responses.Count);
        Assert.All(export.Responses, r => Assert.Equal(("counter", "metrology"), (r.Survey, r.Unit)));
        Assert.Equal(7, export.SuppressedResponses);
    }

    [Fact]
    public async Task The_columns_list_every_question_once_and_the_rows_come_in_the_same_order_every_time()
    {
        var march = new DateTimeOffset(2026, 3, 10, 10, 0, 0, Taipei);
        await _services.AddResponsesAsync("counter", 6, "4", march);
        await _services.AddResponsesAsync("counter", 6, "2", march.AddDays(1));

        var first = await Service().ResponsesAsync(new MonthKey(2026, 3), CancellationToken.None);
        var second = await Service().ResponsesAsync(new MonthKey(2026, 3), CancellationToken.None);

        Assert.Equal(first.Questions.Distinct().Count(), first.Questions.Count);
        Assert.Contains("overall", first.Questions);
        Assert.Equal(RollupJson.Write(first), RollupJson.Write(second));
        Assert.True(first.Responses.Select(r => r.Date).SequenceEqual(first.Responses.Select(r => r.Date).Order()));
    }
}
