using System.Globalization;
using System.Text;
using ServiceQuality.Domain.Invitations;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.Surveys;

namespace ServiceQuality.Handlers.Pages;

/// <summary>
/// The site's front page for citizens: the agency, its surveys and the complaint form, each link in the reader's
/// language. A survey answered by invitation only is listed, with how the invitation comes, but not linked.
/// </summary>
public static class LandingPage
{
    public static string Render(AgencyOrganisation organisation, IReadOnlyCollection<SurveyDefinition> surveys, string language)
    {
        var en = language == Language.English;
        string T(string zh, string english) => en ? english : zh;
        var lang = "?lang=" + Uri.EscapeDataString(language);
        var agency = organisation.AgencyName.Get(language);
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<h1>{Html.Encode(agency)}</h1>\n");
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"intro\">{T(
            "感謝您撥冗提供意見。您的回饋將用於改善我們的服務；問卷不需登入，約 2 分鐘即可完成。",
            "Thank you for telling us how we did. Your answers help us improve our service; the surveys need no sign-in and take about 2 minutes.")}</p>\n");

        body.Append(CultureInfo.InvariantCulture, $"<section aria-labelledby=\"complaints\" class=\"landing-section\">\n<h2 id=\"complaints\">{T("陳情與申訴", "Complaints and petitions")}</h2>\n");
        body.Append(CultureInfo.InvariantCulture, $"<p>{T(
            "反映問題、詢問法規，或檢舉販售未經檢驗或不安全商品的賣家，我們將於 3 個工作天內回覆。",
            "Tell us about a problem, ask about a regulation, or report a seller of uncertified or unsafe goods: we reply within 3 working days.")}</p>\n");
        body.Append(CultureInfo.InvariantCulture, $"<p><a class=\"button\" href=\"/complaints{lang}\">{T("填寫陳情表單", "Open the complaint form")}</a></p>\n</section>\n");

        body.Append(CultureInfo.InvariantCulture, $"<section aria-labelledby=\"surveys\" class=\"landing-section\">\n<h2 id=\"surveys\">{T("滿意度問卷", "Satisfaction surveys")}</h2>\n<ul class=\"survey-list\">\n");
        foreach (var survey in surveys)
        {
            var title = Html.Encode(survey.Title.Get(language));
            if (InvitationSurveys.IsInvitationOnly(survey.Id))
            {
                body.Append(CultureInfo.InvariantCulture, $"<li><span class=\"survey-title\">{title}</span><span class=\"hint\">{T(
                    "僅限受邀填答：案件結案後，我們會以電子郵件寄送問卷連結給陳情人。",
                    "By invitation only: when a case is closed, we e-mail its petitioner a link to this survey.")}</span></li>\n");
                continue;
            }
            body.Append(CultureInfo.InvariantCulture, $"<li><a class=\"survey-title\" href=\"/surveys/{Uri.EscapeDataString(survey.Id)}{lang}\">{title}</a></li>\n");
        }
        body.Append("</ul>\n</section>\n");

        var other = en ? Language.TraditionalChinese : Language.English;
        return PageLayout.Render(organisation.AgencyName, language, T($"{agency}：民眾服務", $"{agency}: services for citizens"), body.ToString(), $"/?lang={other}");
    }
}
