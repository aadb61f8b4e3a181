using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Localization;

namespace ServiceQuality.Handlers.Pages;

public static class ComplaintFiledPage
{
    public static string Render(Case filed, string language)
    {
        var en = language == Language.English;
        var due = filed.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var body = $"""
            <h1>{(en ? "We have received your message" : "我們已收到您的陳情")}</h1>
            <p>{(en ? "Your case number is" : "您的案件編號為")} <strong class="case-number">{filed.Number}</strong>.</p>
            <p>{(en ? $"We will reply by {due}." : $"我們將於 {ServiceQuality.Domain.Time.MinguoDate.Date(filed.DueDate)}（{due}）前回覆。")}</p>
            <p>{(en ? "Please quote the case number if you contact us about it." : "如需查詢，請提供案件編號。")}</p>
            """;
        var other = en ? Language.TraditionalChinese : Language.English;
        return PageLayout.Render(language, en ? "Complaint received" : "陳情已受理", body, $"/complaints/filed/{filed.Number}?lang={other}");
    }
}
