using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Surveys;

namespace ServiceQuality.Handlers.Pages;

public static class ThankYouPage
{
    public static string Render(LocalizedText agency, SurveyDefinition survey, string language, string? channel)
    {
        var en = language == Language.English;
        var again = $"/surveys/{survey.Id}?lang={language}" + (channel is null ? "" : $"&channel={Uri.EscapeDataString(channel)}");
        var body = $"""
            <h1>{(en ? "Thank you" : "感謝您的填答")}</h1>
            <p>{(en ? "Your answers have been received. They help us improve our service." : "我們已收到您的意見，將作為改善服務的參考。")}</p>
            <p>{Html.Encode(survey.Title[language])}</p>
            <p><a class="button" href="{Html.Attr(again)}">{(en ? "Start a new survey" : "填寫新的問卷")}</a></p>
            """;
        var other = en ? Language.TraditionalChinese : Language.English;
        return PageLayout.Render(agency, language, en ? "Thank you" : "感謝您的填答", body, $"/surveys/{survey.Id}/thanks?lang={other}");
    }
}
