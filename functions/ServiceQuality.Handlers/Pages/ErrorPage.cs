using System.Text;
using Microsoft.AspNetCore.Http;
using ServiceQuality.Domain.Localization;

namespace ServiceQuality.Handlers.Pages;

/// <summary>
/// The page a browser gets for any error answer of a page route, in place of problem JSON: a heading for the
/// status, what to do next, and each invalid field's message (already in the page's language).
/// </summary>
public static class ErrorPage
{
    public static string Render(LocalizedText agency, string language, int status, IEnumerable<string> messages, string path)
    {
        if (status == StatusCodes.Status404NotFound)
        {
            return NotFoundPage.Render(agency, language, path);
        }
        var en = language == Language.English;
        var (title, advice) = Texts(status, en);
        var body = new StringBuilder($"<h1>{Html.Encode(title)}</h1>\n<p>{Html.Encode(advice)}</p>\n");
        var listed = messages.Distinct().ToList();
        if (listed.Count > 0)
        {
            body.Append("<ul>\n");
            foreach (var message in listed)
            {
                body.Append($"<li>{Html.Encode(message)}</li>\n");
            }
            body.Append("</ul>\n");
        }
        var other = en ? Language.TraditionalChinese : Language.English;
        return PageLayout.Render(agency, language, title, body.ToString(), $"{path}?lang={other}");
    }

    private static (string Title, string Advice) Texts(int status, bool en) => status switch
    {
        StatusCodes.Status400BadRequest => en
            ? ("The address is not valid", "Please check the address and try again.")
            : ("網址內容有誤", "請檢查網址後再試一次。"),
        StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden => en
            ? ("You cannot open this page", "This page is for authorised staff, or needs the link you were sent.")
            : ("無法開啟此網頁", "此網頁僅供授權人員使用，或須使用寄給您的連結開啟。"),
        StatusCodes.Status429TooManyRequests => en
            ? ("Too many requests", "Please wait a moment and try again.")
            : ("請求過於頻繁", "請稍候片刻再試一次。"),
        StatusCodes.Status503ServiceUnavailable => en
            ? ("The service is briefly unavailable", "Nothing was lost. Please try again in a moment.")
            : ("服務暫時無法使用", "您的資料並未遺失，請稍後再試一次。"),
        _ => en
            ? ("The request could not be completed", "Please go back and try again.")
            : ("無法完成您的請求", "請回到上一頁再試一次。"),
    };
}
