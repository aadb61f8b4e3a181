using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Handlers.Staff;

namespace ServiceQuality.Handlers.Pages.Staff;

/// <summary>
/// The frame of every staff page: skip link, a header with who is signed in and their roles, the sign-out button,
/// the language switch and the links this person's roles open, the current one marked with aria-current.
/// </summary>
public sealed class StaffLayout(AgencyOrganisation organisation, StaffForms forms, StaffEnvironment environment)
{
    public const string HtmlType = "text/html; charset=utf-8";

    /// <summary>The page's language from ?lang= (zh-TW unless "en").</summary>
    public static string LanguageOf(HttpRequest request) => Language.Normalise(request.Query["lang"]);

    /// <summary>This page's address in the other language, every other query parameter kept.</summary>
    public static string SwitchLanguageHref(HttpRequest request)
    {
        var other = LanguageOf(request) == Language.English ? Language.TraditionalChinese : Language.English;
        var query = QueryHelpers.ParseQuery(request.QueryString.Value);
        query["lang"] = other;
        return QueryHelpers.AddQueryString(request.Path.Value ?? "/", query.SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v))));
    }

    /// <summary>A link to a staff page that keeps the page's language.</summary>
    public static string Link(string href, string language) =>
        language == Language.English ? QueryHelpers.AddQueryString(href, "lang", Language.English) : href;

    /// <summary>A whole staff page as an HTML result.</summary>
    public IResult Page(HttpRequest request, StaffMember staff, string title, string body, int statusCode = StatusCodes.Status200OK) =>
        TypedResults.Content(Render(request, staff, title, body), HtmlType, Encoding.UTF8, statusCode);

    public string Render(HttpRequest request, StaffMember staff, string title, string body)
    {
        var language = LanguageOf(request);
        var en = language == Language.English;
        var other = en ? Language.TraditionalChinese : Language.English;
        var current = StaffNavigation.Current(request.Path.Value ?? "/");
        var page = new StringBuilder();
        page.Append($"""
            <!DOCTYPE html>
            <html lang="{language}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Html.Encode(title)}{(en ? " – Staff" : "－員工專區")}</title>
            <link rel="stylesheet" href="/assets/site.css">
            </head>
            <body>
            <a class="skip-link" href="#main">{(en ? "Skip to main content" : "跳到主要內容")}</a>
            <header class="site-header staff-header">
            <p class="agency">{Html.Encode(organisation.AgencyName[language])}<span class="staff-area">{(en ? "Staff" : "員工專區")}</span></p>
            <div class="staff-user">
            <p><span class="visually-hidden">{(en ? "Signed in as " : "目前登入：")}</span><strong>{Html.Encode(staff.Name)}</strong>
            <span class="staff-roles">{Html.Encode(string.Join(en ? ", " : "、", staff.Roles.OrderBy(r => StaffRoles.All.ToList().IndexOf(r)).Select(r => StaffRoles.Label(r, language))))}</span></p>
            {SignOutForm(staff, language)}
            </div>
            <nav aria-label="{(en ? "語言" : "Language")}"><a href="{Html.Attr(SwitchLanguageHref(request))}" lang="{other}" hreflang="{other}">{(en ? "中文" : "English")}</a></nav>
            <nav class="staff-nav" aria-label="{(en ? "Staff pages" : "員工功能")}">
            <ul>

            """);
        foreach (var item in StaffNavigation.Items.Where(i => i.VisibleTo(staff)))
        {
            var isCurrent = ReferenceEquals(item, current) ? " aria-current=\"page\"" : "";
            page.Append($"<li><a href=\"{Html.Attr(Link(item.Href, language))}\"{isCurrent}>{Html.Encode(item.Label(en))}</a></li>\n");
        }
        page.Append($"""
            </ul>
            </nav>
            </header>
            <main id="main" tabindex="-1">
            {body}
            </main>
            </body>
            </html>

            """);
        return page.ToString();
    }

    private string SignOutForm(StaffMember staff, string language)
    {
        var label = language == Language.English ? "Sign out" : "登出";
        // Locally the development sign-in's cookie is cleared; in Azure App Service Authentication ends the session.
        return environment.IsDevelopment
            ? $"<form method=\"post\" action=\"/{Http.Routes.StaffSignOut}\">{forms.HiddenField(staff)}<button type=\"submit\" class=\"secondary\">{label}</button></form>"
            : $"<form method=\"get\" action=\"/.auth/logout\"><input type=\"hidden\" name=\"post_logout_redirect_uri\" value=\"/\"><button type=\"submit\" class=\"secondary\">{label}</button></form>";
    }
}
