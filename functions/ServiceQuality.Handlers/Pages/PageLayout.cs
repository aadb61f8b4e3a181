using System.Text;
using ServiceQuality.Domain.Localization;

namespace ServiceQuality.Handlers.Pages;

/// <summary>The frame every citizen and staff page shares: language, skip link, header with the agency's name, language switch.</summary>
public static class PageLayout
{
    /// <param name="agency">The agency's name from organisation.json, shown in the header of every page.</param>
    public static string Render(LocalizedText agency, string language, string title, string body, string switchLanguageHref, bool withFormScript = false)
    {
        var other = language == Language.English ? Language.TraditionalChinese : Language.English;
        var otherName = other == Language.English ? "English" : "中文";
        var skip = language == Language.English ? "Skip to main content" : "跳到主要內容";
        var switchLabel = language == Language.English ? "語言" : "Language";
        var page = new StringBuilder();
        page.Append($"""
            <!DOCTYPE html>
            <html lang="{language}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Html.Encode(title)}</title>
            <link rel="stylesheet" href="/assets/site.css">
            </head>
            <body>
            <a class="skip-link" href="#main">{skip}</a>
            <header class="site-header">
            <p class="agency">{Html.Encode(agency[language])}</p>
            <nav aria-label="{switchLabel}"><a href="{Html.Attr(switchLanguageHref)}" lang="{other}" hreflang="{other}">{otherName}</a></nav>
            </header>
            <main id="main" tabindex="-1">
            {body}
            </main>
            """);
        if (withFormScript)
        {
            page.Append("<script src=\"/assets/survey-form.js\" defer></script>\n");
        }
        page.Append("</body>\n</html>\n");
        return page.ToString();
    }
}
