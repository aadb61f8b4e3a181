using ServiceQuality.Domain.Invitations;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Surveys;

namespace ServiceQuality.Handlers.Pages;

/// <summary>The page a citizen sees when an invitation link cannot open the survey: in both languages, without technical terms.</summary>
public static class InvitationPage
{
    public static string Render(LocalizedText agency, SurveyDefinition survey, string language, InvitationProblem problem, string? token = null)
    {
        var en = language == Language.English;
        var (zhTitle, enTitle, zhText, enText) = problem switch
        {
            InvitationProblem.Used => ("您已填答過本問卷", "You have already answered this survey",
                "每份邀請只能填答一次，我們已收到您的意見，謝謝您。", "Each invitation accepts one response. We have received yours; thank you."),
            InvitationProblem.Expired => ("邀請已逾期", "This invitation has expired",
                "問卷邀請的填答期限已過。如有意見，歡迎來電或來信告訴我們。", "The time to answer this invitation has passed. You are welcome to call or write to us with your views."),
            InvitationProblem.Missing => ("本問卷僅限受邀者填答", "This survey is by invitation only",
                "請使用案件結案通知信中的連結開啟問卷。", "Please open the survey with the link in the e-mail we sent when your case was closed."),
            _ => ("問卷連結無效", "This survey link is not valid",
                "請確認您使用的是通知信中完整的連結。", "Please check that you used the complete link from our e-mail."),
        };
        var body = $"""
            <h1>{Html.Encode(en ? enTitle : zhTitle)}</h1>
            <p>{Html.Encode(en ? enText : zhText)}</p>
            <p lang="{(en ? Language.TraditionalChinese : Language.English)}">{Html.Encode(en ? zhTitle + "：" + zhText : enTitle + ". " + enText)}</p>
            <p>{Html.Encode(survey.Title[language])}</p>
            """;
        var other = en ? Language.TraditionalChinese : Language.English;
        // The switch keeps the token: the same link read in the other language, not the invitation-only refusal.
        return PageLayout.Render(agency, language, en ? enTitle : zhTitle, body, SurveyPaths.Form(survey.Id, other, token: token));
    }
}
