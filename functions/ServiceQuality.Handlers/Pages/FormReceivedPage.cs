using ServiceQuality.Domain.Localization;

namespace ServiceQuality.Handlers.Pages;

/// <summary>The plain thank-you a form gets when it is not kept (a filled honeypot): it gives a bot nothing to learn.</summary>
public static class FormReceivedPage
{
    public static string Render(LocalizedText agency, string language, string formPath)
    {
        var en = language == Language.English;
        var title = en ? "Thank you" : "感謝您";
        var body = $"""
            <h1>{title}</h1>
            <p>{(en ? "Your message has been received." : "我們已收到您的訊息。")}</p>
            """;
        var other = en ? Language.TraditionalChinese : Language.English;
        return PageLayout.Render(agency, language, title, body, $"{formPath}?lang={other}");
    }
}
