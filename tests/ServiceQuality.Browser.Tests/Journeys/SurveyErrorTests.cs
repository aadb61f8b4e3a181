using Microsoft.Playwright;
using ServiceQuality.Browser.Tests.Hosting;
using Xunit;

namespace ServiceQuality.Browser.Tests.Journeys;

/// <summary>A survey sent with a required answer missing: the errors are announced, take the focus and name their fields.</summary>
[Collection(JourneyCollection.Name)]
public sealed class SurveyErrorTests(SiteFixture site)
{
    [Fact]
    public async Task A_missing_required_answer_is_announced_in_a_focused_summary_whose_link_leads_to_the_question()
    {
        await using var context = await site.NewContextAsync(Viewport.Phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("/surveys/counter?lang=en"));
        foreach (var question in new[] { "waiting-time", "staff-attitude", "explanation" })
        {
            await page.Locator($"#q-{question}-4").CheckAsync();
        }

        await page.Locator("form button[type=submit]").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        var summary = page.Locator(".error-summary[role=alert]");
        await summary.WaitForAsync();
        Assert.Contains("/surveys/counter", page.Url);
        Assert.True(await summary.EvaluateAsync<bool>("s => s === document.activeElement"), "The error summary does not have the focus.");
        var link = summary.Locator("a");
        Assert.Equal(1, await link.CountAsync());
        Assert.Equal("#q-overall", await link.GetAttributeAsync("href"));
        await AssertTiedToItsMessageAsync(page, "q-overall", "This question requires an answer.");

        await link.PressAsync("Enter");
        Assert.Equal("answers.overall", await page.EvaluateAsync<string>("() => document.activeElement.name"));
    }

    [Fact]
    public async Task Without_javascript_the_server_lists_the_missing_answers_and_ties_each_message_to_its_question()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = false,
            ViewportSize = new ViewportSize { Width = Viewport.Phone.Width, Height = Viewport.Phone.Height },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("/surveys/counter"));
        await page.Locator("#q-waiting-time-5").CheckAsync();

        await page.Locator("form button[type=submit]").PressAsync("Enter");
        var summary = page.Locator(".error-summary[role=alert]");
        await summary.WaitForAsync();

        Assert.StartsWith("錯誤：", await page.TitleAsync());
        var targets = await summary.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(["#q-staff-attitude", "#q-explanation", "#q-overall"], targets);
        foreach (var target in targets)
        {
            await AssertTiedToItsMessageAsync(page, target[1..], null);
        }
        Assert.True(await page.Locator("#q-waiting-time-5").IsCheckedAsync(), "The answer given was not kept.");
    }

    /// <summary>The question's aria-describedby names an element that shows the error message.</summary>
    private static async Task AssertTiedToItsMessageAsync(IPage page, string questionId, string? message)
    {
        var describedBy = await page.Locator($"#{questionId}").GetAttributeAsync("aria-describedby");
        Assert.False(string.IsNullOrEmpty(describedBy), $"#{questionId} has no aria-describedby.");
        var texts = new List<string>();
        foreach (var id in describedBy!.Split(' '))
        {
            texts.Add(await page.Locator($"#{id}").TextContentAsync() ?? "");
        }
        var described = string.Join(" ", texts);
        Assert.False(string.IsNullOrWhiteSpace(described));
        if (message is not null)
        {
            Assert.Contains(message, described);
        }
        Assert.True(await page.Locator($"#{questionId}.has-error").CountAsync() == 1, $"#{questionId} is not marked as in error.");
    }
}
