using ServiceQuality.Domain.Localization;

namespace ServiceQuality.Handlers.Pages;

/// <summary>An open survey response over its client's write budget, or from a kiosk whose credential is not valid.</summary>
public static class ResponseLimitPage
{
    public static string Render(LocalizedText agency, string language, string formPath, bool kiosk)
    {
        var en = language == Language.English;
        var title = kiosk
            ? (en ? "This kiosk cannot send responses" : "此服務機無法送出問卷")
            : (en ? "Too many responses from this connection" : "此連線送出的問卷過多");
        var text = kiosk
            ? (en ? "Nothing was sent. Please ask the counter staff for help." : "您的資料尚未送出，請洽櫃檯人員協助。")
            : (en ? "Nothing was sent. Please try again in a few minutes, or use the survey link on your receipt."
                : "您的資料尚未送出。請稍候幾分鐘再試，或使用收據上的問卷連結填答。");
        var body = $"""
            <h1>{title}</h1>
            <p>{text}</p>
            <p><a class="button" href="{Html.Attr($"{formPath}?lang={language}")}">{(en ? "Back to the form" : "回到問卷")}</a></p>
            """;
        var other = en ? Language.TraditionalChinese : Language.English;
        return PageLayout.Render(agency, language, title, body, $"{formPath}?lang={other}");
    }
}
