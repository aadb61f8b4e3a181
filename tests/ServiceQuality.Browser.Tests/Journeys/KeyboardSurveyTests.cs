using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Playwright;
using ServiceQuality.Browser.Tests.Hosting;
using Xunit;

namespace ServiceQuality.Browser.Tests.Journeys;

/// <summary>A kiosk user without a mouse answers the counter survey with Tab, the arrow keys, Space and Enter.</summary>
[Collection(JourneyCollection.Name)]
public sealed class KeyboardSurveyTests(SiteFixture site)
{
    private const string Comment = "櫃檯人員說明清楚";

    [Fact]
    public async Task The_counter_survey_can_be_answered_with_the_keyboard_alone_and_the_response_is_stored()
    {
        await using var context = await site.NewContextAsync(Viewport.Desktop);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("/surveys/counter?channel=kiosk"));
        var chosen = new Dictionary<string, string>();

        for (var presses = 0; presses < 80 && !page.Url.Contains("/thanks", StringComparison.Ordinal); presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await FocusedAsync(page);
            switch (focused)
            {
                case { Tag: "SELECT" }:
                    await page.Keyboard.PressAsync("ArrowDown");
                    break;
                case { Type: "radio", Required: true }:
                    // Space picks the focused option; the arrow key then moves to the next one and picks it.
                    await page.Keyboard.PressAsync("Space");
                    await page.Keyboard.PressAsync("ArrowRight");
                    focused = await FocusedAsync(page);
                    chosen[focused.Name["answers.".Length..]] = focused.Value;
                    break;
                case { Tag: "TEXTAREA" }:
                    await page.Keyboard.TypeAsync(Comment);
                    break;
                case { Tag: "BUTTON" }:
                    await page.Keyboard.PressAsync("Enter");
                    await page.WaitForURLAsync("**/surveys/counter/thanks**", new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 60_000 });
                    break;
            }
        }

        Assert.Contains("/surveys/counter/thanks", page.Url);
        Assert.Equal("感謝您的填答", await page.Locator("h1").TextContentAsync());
        Assert.Equal(["explanation", "overall", "staff-attitude", "waiting-time"], chosen.Keys.Order());
        var stored = await StoredKioskResponsesAsync();
        var response = Assert.Single(stored);
        Assert.False(string.IsNullOrEmpty(response.GetString("UnitId")));
        var answers = JsonSerializer.Deserialize<Dictionary<string, string>>(response.GetString("Answers"))!;
        foreach (var (question, value) in chosen)
        {
            Assert.Equal(value, answers[question]);
        }
    }

    private sealed record Focused(string Tag, string Type, string Name, string Value, bool Required);

    private static async Task<Focused> FocusedAsync(IPage page) =>
        JsonSerializer.Deserialize<Focused>(await page.EvaluateAsync<string>("""
            () => {
              const e = document.activeElement;
              return JSON.stringify({ tag: e.tagName, type: e.type || '', name: e.name || '', value: e.value || '', required: !!e.required });
            }
            """), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

    private async Task<List<TableEntity>> StoredKioskResponsesAsync()
    {
        var table = site.Tables.GetTableClient("SurveyResponses");
        var found = new List<TableEntity>();
        await foreach (var entity in table.QueryAsync<TableEntity>("SurveyId eq 'counter' and Channel eq 'kiosk'"))
        {
            found.Add(entity);
        }
        return found;
    }
}
