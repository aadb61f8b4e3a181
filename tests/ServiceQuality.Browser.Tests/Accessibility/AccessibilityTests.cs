using ServiceQuality.Browser.Tests.Hosting;
using Xunit;

namespace ServiceQuality.Browser.Tests.Accessibility;

/// <summary>
/// axe-core finds no WCAG 2.1 A or AA violation on any page, in either language, on a phone or a desktop screen;
/// each case also leaves a full-page screenshot behind.
/// </summary>
[Collection(AccessibilityCollection.Name)]
public sealed class AccessibilityTests(SiteFixture site)
{
    public static TheoryData<string, string, string> Pages()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var page in SitePages.Names)
        {
            foreach (var language in new[] { "zh-TW", "en" })
            {
                foreach (var viewport in Viewport.All)
                {
                    data.Add(page, language, viewport.Name);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_wcag_aa_violations(string page, string language, string viewport)
    {
        await using var context = await site.NewContextAsync(Viewport.Named(viewport), injectsScripts: true);
        var tab = await context.NewPageAsync();
        await SitePages.OpenAsync(tab, site, page, language);
        await Screenshots.SaveAsync(tab, $"{page}.{language}.{viewport}");

        var violations = await Axe.CheckAsync(tab);

        Assert.True(violations.Count == 0, Axe.Describe($"{page} in {language} on {viewport} ({tab.Url})", violations));
    }
}
