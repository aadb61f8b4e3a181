using Microsoft.Playwright;
using ServiceQuality.Browser.Tests.Hosting;
using ServiceQuality.DevHosting;

namespace ServiceQuality.Browser.Tests.Accessibility;

/// <summary>Every page a citizen or staff member can reach, by name, opened in the state it is checked in.</summary>
public static class SitePages
{
    public static readonly string[] Surveys = ["counter", "service", "taxi-meter", "petition", "customer-case", "internal"];

    public static IEnumerable<string> Names =>
        Surveys.Select(s => $"survey-{s}").Concat(
        [
            "survey-thank-you", "survey-with-errors", "survey-with-errors-in-browser",
            "complaint-form", "complaint-with-errors", "complaint-status",
            "etiquette-test-form", "etiquette-test-with-errors", "etiquette-test-recorded",
            "outbox", "report", "report-month", "comments", "staff-cases", "staff-case", "staff-case-contact",
            "staff-home", "staff-etiquette", "staff-etiquette-with-errors", "staff-leads", "staff-lead", "staff-lead-with-errors", "staff-operations", "landing", "not-found", "unknown-address", "invalid-report-period",
            "staff-sign-in",
        ]);

    /// <summary>The year whose report page is checked: the current one, which has always begun.</summary>
    public static int ReportYear => DateTime.UtcNow.AddHours(8).Year;

    /// <summary>The month whose report page is checked: the current Taipei month.</summary>
    public static int ReportMonth => DateTime.UtcNow.AddHours(8).Month;

    /// <summary>
    /// Signs the page's browser context in as this person of staff.json (<see cref="TestStaff"/>) through the development
    /// sign-in: the context then carries the sign-in cookie, as after pressing the person's button on /staff/sign-in.
    /// </summary>
    public static async Task SignInAsync(IPage page, SiteFixture site, string staffId)
    {
        var (name, value) = await site.Host.SignInAsync(staffId);
        await page.Context.AddCookiesAsync([new Cookie { Name = name, Value = value, Url = site.Url("/"), HttpOnly = true, SameSite = SameSiteAttribute.Lax }]);
    }

    public static async Task OpenAsync(IPage page, SiteFixture site, string name, string language)
    {
        var lang = $"lang={language}";
        switch (name)
        {
            case "survey-petition":
                await GoAsync(page, site, $"/surveys/petition?{lang}&token={Uri.EscapeDataString(site.Data.PetitionToken())}");
                break;
            case var survey when survey.StartsWith("survey-", StringComparison.Ordinal) && Surveys.Contains(survey["survey-".Length..]):
                await GoAsync(page, site, $"/surveys/{survey["survey-".Length..]}?{lang}");
                break;
            case "survey-thank-you":
                await GoAsync(page, site, $"/surveys/counter/thanks?{lang}&channel=counter");
                break;
            case "survey-with-errors":
                await GoAsync(page, site, $"/surveys/counter?{lang}");
                await SubmitWithoutScriptAsync(page);
                break;
            case "survey-with-errors-in-browser":
                await GoAsync(page, site, $"/surveys/counter?{lang}");
                await page.Locator("form.survey-form button[type=submit]").PressAsync("Enter");
                await page.Locator(".client-error").First.WaitForAsync();
                break;
            case "complaint-form":
                await GoAsync(page, site, $"/complaints?{lang}");
                break;
            case "complaint-with-errors":
                await GoAsync(page, site, $"/complaints?{lang}");
                await SubmitWithoutScriptAsync(page);
                break;
            case "complaint-status":
                await GoAsync(page, site, $"{await site.Data.CaseStatusPathAsync()}&{lang}");
                break;
            case "etiquette-test-form":
                await SignInAsync(page, site, TestStaff.EtiquetteTester);
                await GoAsync(page, site, $"/etiquette-tests/new?{lang}");
                break;
            case "etiquette-test-with-errors":
                await SignInAsync(page, site, TestStaff.EtiquetteTester);
                await GoAsync(page, site, $"/etiquette-tests/new?{lang}");
                await SubmitWithoutScriptAsync(page);
                break;
            case "etiquette-test-recorded":
                await SignInAsync(page, site, TestStaff.EtiquetteTester);
                await GoAsync(page, site, $"/etiquette-tests/{await site.Data.EtiquetteTestAsync()}?{lang}");
                break;
            case "outbox":
                await SignInAsync(page, site, TestStaff.Admin);
                await GoAsync(page, site, $"/outbox?{lang}");
                break;
            case "staff-sign-in":
                await GoAsync(page, site, $"/staff/sign-in?{lang}");
                break;
            case "report":
                await site.Data.ResponseRatesAsync();
                await site.Data.SatisfactionAsync();
                await GoAsync(page, site, $"/reports/{ReportYear}?{lang}");
                break;
            case "report-month":
                await site.Data.SatisfactionAsync();
                await GoAsync(page, site, $"/reports/{ReportYear}/{ReportMonth}?{lang}");
                break;
            case "comments":
                await site.Data.SatisfactionAsync();
                await SignInAsync(page, site, TestStaff.Manager);
                await GoAsync(page, site, $"/staff/comments?{lang}&survey=counter");
                break;
            case "staff-cases":
                await site.Data.CaseNeedingReviewAsync();
                await SignInAsync(page, site, TestStaff.Triage);
                await GoAsync(page, site, $"/staff/cases?{lang}");
                break;
            case "staff-case":
                await SignInAsync(page, site, TestStaff.Triage);
                await GoAsync(page, site, $"/staff/cases/{await site.Data.CaseNeedingReviewAsync()}?{lang}&template=investigation-started");
                break;
            case "staff-case-contact":
                await SignInAsync(page, site, TestStaff.Triage);
                await GoAsync(page, site, $"/staff/cases/{await site.Data.CaseNeedingReviewAsync()}?{lang}");
                await page.Locator("form:has(input[name=action][value=contact]) button").ClickAsync();
                await page.Locator(".contact-facts").WaitForAsync();
                await page.WaitForLoadStateAsync(LoadState.Load);
                break;
            case "staff-home":
                await site.Data.CaseNeedingReviewAsync();
                await SignInAsync(page, site, TestStaff.TriageAndTester);
                await GoAsync(page, site, $"/staff?{lang}");
                break;
            case "staff-etiquette":
                await site.Data.EtiquetteTestAsync();
                await SignInAsync(page, site, TestStaff.EtiquetteTester);
                await GoAsync(page, site, $"/staff/etiquette?{lang}&year={ReportYear - 1}&month=3");
                break;
            case "staff-etiquette-with-errors":
                await SignInAsync(page, site, TestStaff.EtiquetteTester);
                await GoAsync(page, site, $"/staff/etiquette?{lang}&year={ReportYear - 1}&month=13");
                break;
            case "staff-leads":
                await site.Data.SellerLeadAsync();
                await SignInAsync(page, site, TestStaff.Triage);
                await GoAsync(page, site, $"/staff/leads?{lang}&merged=true");
                break;
            case "staff-lead":
                await SignInAsync(page, site, TestStaff.Triage);
                await GoAsync(page, site, $"/staff/leads/{await site.Data.SellerLeadAsync()}?{lang}");
                break;
            case "staff-lead-with-errors":
                await SignInAsync(page, site, TestStaff.Triage);
                await GoAsync(page, site, $"/staff/leads/{await site.Data.SellerLeadAsync()}?{lang}");
                await page.Locator("form[action*='/split'] button[type=submit]").ClickAsync();
                await page.Locator(".error-summary").WaitForAsync();
                await page.WaitForLoadStateAsync(LoadState.Load);
                break;
            case "staff-operations":
                await SignInAsync(page, site, TestStaff.Admin);
                await GoAsync(page, site, $"/staff/operations?{lang}");
                break;
            case "landing":
                await GoAsync(page, site, $"/?{lang}");
                break;
            case "not-found":
                await GoAsync(page, site, $"/surveys/no-such-survey?{lang}");
                break;
            case "unknown-address":
                await GoAsync(page, site, $"/no/such/page?{lang}");
                break;
            case "invalid-report-period":
                await GoAsync(page, site, $"/reports/{ReportYear}/13?{lang}");
                break;
            default:
                throw new ArgumentException($"No page named {name}.", nameof(name));
        }
    }

    private static async Task GoAsync(IPage page, SiteFixture site, string pathAndQuery) =>
        await page.GotoAsync(site.Url(pathAndQuery), new PageGotoOptions { WaitUntil = WaitUntilState.Load });

    /// <summary>Sends the form as a browser without JavaScript would, so the server's error page comes back.</summary>
    private static async Task SubmitWithoutScriptAsync(IPage page)
    {
        await page.EvaluateAsync("() => document.querySelector('main form').submit()");
        await page.Locator(".error-summary").WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
    }
}
