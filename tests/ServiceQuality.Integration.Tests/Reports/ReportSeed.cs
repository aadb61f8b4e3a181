using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Time;
using ServiceQuality.Integration.Tests.Builders;
using Xunit;

namespace ServiceQuality.Integration.Tests.Reports;

/// <summary>
/// The month's data, figures worked out by hand:
/// counter: 18 × overall 5 and 2 × overall 3 at metrology, 3 × overall 4 at office-north: 21 satisfied of 23 valid
/// = 91.3%; Wilson 73.2%–97.6%; mean (90 + 6 + 12) / 23 = 4.70; office-north (3) suppressed.
/// petition (invitation only, so stored directly): 4 × 4 and 1 × 1 = 80.0% handling satisfaction.
/// cases: 3 filed, the first replied to on the day it was filed: 1 due, 1 on time = 100.0%, 0 days to reply.
/// phone tests: 95 at metrology and 64 at office-north: 2 tests, average 79.5; each unit's single score suppressed.
/// response rates, on taxi-meter so that the counter figures stay as they are: 8 tokens minted at metrology's counter,
/// 5 answered = 62.5%; 10 visitors opened the form from a link naming office-north and the web (one reloading it, counted
/// once), 5 answered through the form without a token = 50.0%, and 2 answered through the API, which opened no form.
/// The counter responses above were sent to the API without a token: 23 API responses, no form opened, no form rate.
/// counter purpose of visit: of the 18 at metrology scoring 5, 12 came for "metrology" and 6 for "certificate"; the 2
/// scoring 3 for "inquiry"; office-north's 3 left it blank: 20 answers, metrology 60.0%; inquiry (2) is suppressed and
/// with it certificate (6), the next smallest, so that it cannot be subtracted from the total.
/// </summary>
public static class ReportSeed
{
    public const string PhoneInComment = "請打0912-345-678給我";

    public static async Task<MonthKey> RunAsync(ReportHostFixture fixture)
    {
        var now = DateTimeOffset.UtcNow;
        var month = MonthKey.Of(now);
        foreach (var (count, overall, unit, comment, purpose) in new[]
        {
            (12, 5, "metrology", (string?)null, (string?)"metrology"), (6, 5, "metrology", null, "certificate"),
            (1, 3, "metrology", PhoneInComment, "inquiry"), (1, 3, "metrology", null, "inquiry"), (3, 4, "office-north", null, null),
        })
        {
            for (var i = 0; i < count; i++)
            {
                var body = SurveyResponseBody.Counter().InUnit(unit).With("overall", overall);
                if (purpose is not null)
                {
                    body.With("purpose", purpose);
                }
                if (comment is not null)
                {
                    body.WithComment(comment);
                }
                var response = await fixture.Client.PostAsync("/api/surveys/counter/responses", body.ToContent());
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            }
        }

        var store = fixture.Host.Services.GetRequiredService<ISurveyResponseStore>();
        var scores = new[] { "4", "4", "4", "4", "1" };
        for (var i = 0; i < scores.Length; i++)
        {
            var answers = new Dictionary<string, string>
            {
                ["reply-timeliness"] = scores[i], ["reply-clarity"] = scores[i], ["problem-addressed"] = scores[i], ["overall"] = scores[i],
            };
            await store.SaveAsync(new SurveyResponse($"petition-seed-{i}", "petition", 1, now, null, "email", "zh-TW", answers), CancellationToken.None);
        }

        var numbers = new List<string>();
        foreach (var text in new[] { "加油站的加油機好像少給油。", "我買的電暖器沒有商品安全標章。", "計程車跳錶速度好像比平常快。" })
        {
            var filed = await fixture.Client.PostAsync("/api/complaints", ComplaintBody.Web().WithText(text).ToContent());
            Assert.Equal(HttpStatusCode.Accepted, filed.StatusCode);
            numbers.Add((await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseNumber").GetString()!);
        }
        // The reply does not wait for the classifier: a replied case is no longer classified, and the figures below
        // count cases whatever their category.
        var reply = await fixture.Triage.PostAsync($"/api/cases/{numbers[0]}/reply",
            new StringContent("""{"reply":"已派員檢查，結果符合規定。"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);

        var testedAt = TaipeiTime.ToTaipei(now).ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (unit, extension, total) in new[] { ("metrology", "301", 95), ("office-north", "501", 64) })
        {
            var test = await fixture.Tester.PostAsync("/api/etiquette-tests",
                EtiquetteTestBody.Valid().At(testedAt).In(unit).With("extension", extension).Totalling(total).ToContent());
            Assert.Equal(HttpStatusCode.Created, test.StatusCode);
        }

        await SeedResponseRatesAsync(fixture);
        return month;
    }

    private static async Task SeedResponseRatesAsync(ReportHostFixture fixture)
    {
        var tokens = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            var minted = await fixture.Machine.PostAsJsonAsync("/api/survey-tokens",
                new { survey = "taxi-meter", unit = "metrology", channel = "counter", transactionReference = $"REPORT-SEED-{i}" });
            Assert.Equal(HttpStatusCode.Created, minted.StatusCode);
            tokens.Add((await minted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!);
        }
        foreach (var token in tokens.Take(5))
        {
            var answered = await fixture.Client.PostAsync("/api/surveys/taxi-meter/responses", SurveyResponseBody.TaxiMeter().WithToken(token).ToContent());
            Assert.Equal(HttpStatusCode.Created, answered.StatusCode);
        }
        // Ten visitors open the form from a link naming office-north and the web; one of them reloads it four times,
        // which counts once (the view cookie). Five answer through the form, and two more responses come through the API
        // without opening any form, which the report gives a line of their own.
        for (var i = 0; i < 10; i++)
        {
            using var visitor = fixture.Host.CreateClient();
            foreach (var _ in Enumerable.Range(0, i == 0 ? 5 : 1))
            {
                var view = await visitor.GetAsync("/surveys/taxi-meter?unit=office-north&channel=web");
                Assert.Equal(HttpStatusCode.OK, view.StatusCode);
            }
            if (i < 5)
            {
                var fields = FormTokenFor.NewForm(fixture.Host);
                fields["unit"] = "office-north";
                fields["channel"] = "web";
                foreach (var (question, answer) in new[] { ("booking-waiting", "4"), ("inspector-attitude", "5"), ("result-explanation", "4"), ("overall", "4") })
                {
                    fields[$"answers.{question}"] = answer;
                }
                var sent = await visitor.PostAsync("/surveys/taxi-meter", new FormUrlEncodedContent(fields));
                Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
            }
        }
        for (var i = 0; i < 2; i++)
        {
            var answered = await fixture.Client.PostAsync("/api/surveys/taxi-meter/responses",
                SurveyResponseBody.TaxiMeter().InUnit("office-north").InChannel("web").ToContent());
            Assert.Equal(HttpStatusCode.Created, answered.StatusCode);
        }
    }
}
