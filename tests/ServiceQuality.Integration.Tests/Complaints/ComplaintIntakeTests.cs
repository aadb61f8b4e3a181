using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Time;
using ServiceQuality.Integration.Tests.Builders;
using ServiceQuality.Integration.Tests.Hosting;
using ServiceQuality.Integration.Tests.Surveys;
using Xunit;

namespace ServiceQuality.Integration.Tests.Complaints;

[Collection(LocalHostCollection.Name)]
public sealed class ComplaintIntakeTests(LocalHostFixture fixture)
{
    private TableClient Cases => fixture.Tables.GetTableClient("Cases");

    [Fact]
    public async Task A_complaint_is_accepted_with_a_case_number_and_a_due_date_three_working_days_later()
    {
        var response = await fixture.Client.PostAsync("/api/complaints", ComplaintBody.Web().ToContent());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(CaseNumber.TryParse(body.GetProperty("caseNumber").GetString(), out var number));
        Assert.Equal(TaipeiTime.DateOf(DateTimeOffset.UtcNow).Year, number.Year);
        var due = DateOnly.Parse(body.GetProperty("dueDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var today = TaipeiTime.DateOf(DateTimeOffset.UtcNow);
        Assert.InRange(due.DayNumber - today.DayNumber, 3, 12);
        Assert.DoesNotContain(due.DayOfWeek, new[] { DayOfWeek.Saturday, DayOfWeek.Sunday });
    }

    [Fact]
    public async Task Contact_details_are_stored_apart_from_the_case_text()
    {
        var body = ComplaintBody.Web();
        var response = await fixture.Client.PostAsync("/api/complaints", body.ToContent());
        CaseNumber.TryParse((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseNumber").GetString(), out var number);

        var stored = (await Cases.GetEntityAsync<TableEntity>(number.Year.ToString(), number.Sequence.ToString("D6"))).Value;
        var contact = (await fixture.Tables.GetTableClient("CaseContacts").GetEntityAsync<TableEntity>(number.Year.ToString(), number.Sequence.ToString("D6"))).Value;

        Assert.Contains("shopee.tw/xiaoming3c", stored.GetString("Text"));
        Assert.DoesNotContain(stored.Keys, k => k is "Name" or "Email" or "Phone");
        Assert.Equal(body.Email, contact.GetString("Email"));
        Assert.Equal("王小明", contact.GetString("Name"));
    }

    [Fact]
    public async Task Concurrent_complaints_get_consecutive_numbers_without_gaps_or_duplicates()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 24).Select(i =>
            fixture.Client.PostAsync("/api/complaints", ComplaintBody.Web().WithText($"第 {i} 件：夜市攤販的秤好像不準。").ToContent())));

        var numbers = new List<CaseNumber>();
        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            CaseNumber.TryParse((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseNumber").GetString(), out var n);
            numbers.Add(n);
        }
        var sequences = numbers.Select(n => n.Sequence).Order().ToList();
        Assert.Equal(sequences.Count, sequences.Distinct().Count());
        Assert.Equal(Enumerable.Range(sequences[0], sequences.Count), sequences);
    }

    [Fact]
    public async Task A_retried_complaint_with_the_same_key_files_one_case()
    {
        var key = Guid.NewGuid().ToString();
        var complaint = ComplaintBody.Web().WithText("重送測試：計程車跳表太快。");
        var first = await SendAsync(complaint, key);
        var second = await SendAsync(complaint, key);
        var other = await SendAsync(ComplaintBody.Web().WithText("不同內容"), key);

        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal(
            (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseNumber").GetString(),
            (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseNumber").GetString());
        await SurveyResponseApiTests.AssertProblem(other, HttpStatusCode.UnprocessableEntity);
    }

    [Theory]
    [InlineData("text", null)]
    [InlineData("text", "")]
    [InlineData("email", "not-an-email")]
    [InlineData("phone", "call me maybe")]
    [InlineData("channel", "carrier-pigeon")]
    [InlineData("language", "fr")]
    public async Task A_complaint_with_a_bad_field_is_400_naming_it_and_nothing_is_filed(string field, string? value)
    {
        var before = await CountCasesAsync();

        var response = await fixture.Client.PostAsync("/api/complaints", ComplaintBody.Web().With(field, value).ToContent());

        var problem = await SurveyResponseApiTests.AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(before, await CountCasesAsync());
    }

    [Fact]
    public async Task A_text_over_4000_characters_is_refused()
    {
        var response = await fixture.Client.PostAsync("/api/complaints", ComplaintBody.Web().WithText(new string('長', 4001)).ToContent());

        var problem = await SurveyResponseApiTests.AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("text", out _));
    }

    [Fact]
    public async Task A_complaint_that_is_not_json_is_415_and_malformed_json_is_400()
    {
        var form = await fixture.Client.PostAsync("/api/complaints", ComplaintBody.Web().ToContent("text/plain"));
        var malformed = await fixture.Client.PostAsync("/api/complaints", new StringContent("{\"text\":", System.Text.Encoding.UTF8, "application/json"));
        var wrongType = await fixture.Client.PostAsync("/api/complaints", ComplaintBody.Web().With("text", 42).ToContent());

        await SurveyResponseApiTests.AssertProblem(form, HttpStatusCode.UnsupportedMediaType);
        await SurveyResponseApiTests.AssertProblem(malformed, HttpStatusCode.BadRequest);
        await SurveyResponseApiTests.AssertProblem(wrongType, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_complaint_form_files_a_case_and_shows_its_number()
    {
        var page = await fixture.Client.GetStringAsync("/complaints?lang=en");
        var key = System.Text.RegularExpressions.Regex.Match(page, "name=\"idempotencyKey\" value=\"(\\w+)\"").Groups[1].Value;

        var response = await fixture.Client.PostAsync("/complaints?lang=en", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["idempotencyKey"] = key,
            ["formToken"] = System.Text.RegularExpressions.Regex.Match(page, "name=\"formToken\" value=\"([^\"]+)\"").Groups[1].Value,
            ["language"] = "en",
            ["text"] = "The scale at the market stall near my home shows 50 g too much.",
        }));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var receipt = await fixture.Client.GetStringAsync(response.Headers.Location!.ToString());
        Assert.Matches("class=\"case-number\">\\d{4}-\\d{6}<", receipt);
    }

    [Fact]
    public async Task A_complaint_form_without_text_comes_back_with_the_error_tied_to_the_field()
    {
        var response = await fixture.Client.PostAsync("/complaints", new FormUrlEncodedContent(new Dictionary<string, string>(Builders.FormTokenFor.NewForm(fixture.Host)) { ["name"] = "王小明" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("aria-describedby=\"text-hint text-count err-text\"", html);
        Assert.Contains("value=\"王小明\"", html);
    }

    private async Task<HttpResponseMessage> SendAsync(ComplaintBody body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/complaints") { Content = body.ToContent() };
        request.Headers.Add("Idempotency-Key", key);
        return await fixture.Client.SendAsync(request);
    }

    private async Task<int> CountCasesAsync()
    {
        var count = 0;
        await foreach (var _ in Cases.QueryAsync<TableEntity>(e => e.RowKey.CompareTo("000000") >= 0 && e.RowKey.CompareTo("999999") <= 0, select: ["RowKey"]))
        {
            count++;
        }
        return count;
    }
}
