using System.Text;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Handlers.Staff;

namespace ServiceQuality.Handlers.Pages.Staff;

/// <summary>The 401 and 403 pages of the staff routes: who may open the page, and what to do.</summary>
public static class StaffRefusalPage
{
    public static (string Title, string Body) NotSignedIn(string language)
    {
        var en = language == Language.English;
        var title = en ? "Please sign in" : "請先登入";
        var body = en
            ? "<p>This page is for the agency's staff. Sign in with your agency account and open it again.</p>"
            : "<p>此網頁僅供本局同仁使用，請以機關帳號登入後再開啟。</p>";
        return (title, $"<h1>{title}</h1>\n{body}\n");
    }

    public static (string Title, string Body) NotAllowed(string language, IReadOnlyCollection<string> anyOfRoles)
    {
        var en = language == Language.English;
        var title = en ? "Your role cannot open this page" : "您的角色無法使用此功能";
        var body = new StringBuilder($"<h1>{title}</h1>\n");
        if (anyOfRoles.Count > 0)
        {
            var names = string.Join(en ? ", " : "、", anyOfRoles.Select(r => StaffRoles.Label(r, language)));
            body.Append($"<p>{(en ? "It is open to: " : "可使用的角色：")}{Html.Encode(names)}{(en ? "." : "。")}</p>\n");
        }
        body.Append(en
            ? "<p>If your work needs it, ask the system administrator to give you the role.</p>\n"
            : "<p>如工作上需要，請洽系統管理員授予角色。</p>\n");
        return (title, body.ToString());
    }

    public static (string Title, string Body) InvalidForm(string language)
    {
        var en = language == Language.English;
        var title = en ? "The form has expired" : "表單已失效";
        var body = en
            ? "<p>Nothing was saved. The form was open too long or did not come from this site. Go back, reload the page and send it again.</p>"
            : "<p>資料未儲存。表單開啟過久或並非由本網站送出，請回上一頁重新整理後再送出。</p>";
        return (title, $"<h1>{title}</h1>\n{body}\n");
    }
}
