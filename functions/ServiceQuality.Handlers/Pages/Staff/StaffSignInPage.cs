using System.Text;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Handlers.Staff;

namespace ServiceQuality.Handlers.Pages.Staff;

/// <summary>
/// The development sign-in: every person in staff.json with their unit and roles, and a button to act as them.
/// Only the local host in Development serves it; in Azure, App Service Authentication signs staff in.
/// </summary>
public static class StaffSignInPage
{
    public static string Render(AgencyOrganisation organisation, StaffDirectory directory, string language, string returnUrl, StaffMember? signedIn, string switchLanguageHref)
    {
        var en = language == Language.English;
        var title = en ? "Staff sign-in (development)" : "員工登入（開發環境）";
        var body = new StringBuilder($"<h1>{title}</h1>\n");
        body.Append(en
            ? "<p>This page exists only on a development machine. In Azure, staff sign in with their Microsoft Entra ID account. Choose whom to act as.</p>\n"
            : "<p>本頁僅於開發環境提供；正式環境由 Microsoft Entra ID 機關帳號登入。請選擇要以哪位同仁的身分操作。</p>\n");
        if (signedIn is not null)
        {
            body.Append($"<p role=\"status\">{(en ? "Signed in now as " : "目前登入：")}<strong>{Html.Encode(signedIn.Name)}</strong>{(en ? "." : "。")}</p>\n");
        }
        body.Append("<ul class=\"staff-people\">\n");
        foreach (var person in directory.People)
        {
            var unit = person.UnitId is null ? null : organisation.Find(person.UnitId)?.Name[language];
            var roles = string.Join(en ? ", " : "、", person.Roles.OrderBy(r => StaffRoles.All.ToList().IndexOf(r)).Select(r => StaffRoles.Label(r, language)));
            body.Append($"""
                <li>
                <form method="post" action="/{Http.Routes.StaffSignIn}{(en ? "?lang=en" : "")}">
                <input type="hidden" name="id" value="{Html.Attr(person.Id)}">
                <input type="hidden" name="returnUrl" value="{Html.Attr(returnUrl)}">
                <p class="staff-person"><strong>{Html.Encode(person.Name)}</strong> <span class="hint">{Html.Encode(person.Id)}</span><br>
                {Html.Encode(unit ?? (en ? "No unit" : "未指定單位"))}{(en ? " · " : "・")}{Html.Encode(roles)}</p>
                <button type="submit" class="primary">{(en ? $"Sign in as {Html.Encode(person.Name)}" : $"以{Html.Encode(person.Name)}身分登入")}</button>
                </form>
                </li>

                """);
        }
        body.Append("</ul>\n");
        return PageLayout.Render(organisation.AgencyName, language, title, body.ToString(), switchLanguageHref);
    }
}
