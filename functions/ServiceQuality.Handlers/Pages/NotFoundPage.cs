using ServiceQuality.Domain.Localization;

namespace ServiceQuality.Handlers.Pages;

public static class NotFoundPage
{
    public static string Render(LocalizedText agency, string language, string path)
    {
        var en = language == Language.English;
        var body = $"""
            <h1>{(en ? "Page not found" : "找不到網頁")}</h1>
            <p>{(en ? "There is no survey at this address." : "此網址沒有問卷。")}</p>
            """;
        var other = en ? Language.TraditionalChinese : Language.English;
        return PageLayout.Render(agency, language, en ? "Page not found" : "找不到網頁", body, $"{path}?lang={other}");
    }
}
