using System.Globalization;
using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Handlers.Pages;

/// <summary>
/// The status of one case, for whoever holds its signed link: number, progress, due date and the reply once given.
/// It can also offer to confirm the e-mail address the link was sent to.
/// </summary>
public static class ComplaintStatusPage
{
    /// <summary>What the page says about the address in the link: nothing, an offer to confirm it, or that it is confirmed.</summary>
    public enum Confirmation
    {
        None,
        Offered,
        Confirmed,
    }

    /// <param name="switchHref">This page in the other language, with the case, its token and any confirmation token.</param>
    /// <param name="confirmFields">Hidden fields of the confirmation form: case, token, confirmation token, language.</param>
    public static string Render(LocalizedText agency, Case c, string language, Confirmation confirmation, string switchHref, IReadOnlyDictionary<string, string> confirmFields)
    {
        var en = language == Language.English;
        var due = c.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var filed = TaipeiTime.DateOf(c.FiledAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var title = en ? "Case status" : "案件處理進度";
        var body = new System.Text.StringBuilder();
        body.Append($"""
            <h1>{title}</h1>
            <dl class="case-status">
            <dt>{(en ? "Case number" : "案件編號")}</dt><dd class="case-number">{c.Number}</dd>
            <dt>{(en ? "Filed on" : "受理日期")}</dt><dd>{(en ? filed : $"{MinguoDate.Date(TaipeiTime.DateOf(c.FiledAt))}（{filed}）")}</dd>
            <dt>{(en ? "Status" : "處理狀態")}</dt><dd class="status">{StatusText(c.Status, en)}</dd>
            <dt>{(en ? "Reply due by" : "預定回覆日期")}</dt><dd>{(en ? due : $"{MinguoDate.Date(c.DueDate)}（{due}）")}</dd>
            </dl>

            """);
        if (c.Reply is not null)
        {
            body.Append($"<h2>{(en ? "Our reply" : "回覆內容")}</h2>\n<blockquote class=\"reply\">{Html.Encode(c.Reply).Replace("\n", "<br>\n", StringComparison.Ordinal)}</blockquote>\n");
        }
        body.Append(confirmation switch
        {
            Confirmation.Offered => ConfirmForm(en, confirmFields),
            Confirmation.Confirmed => $"<p class=\"confirmed\" role=\"status\">{(en ? "Your e-mail address is confirmed: replies will be sent to you in full." : "您的電子郵件地址已確認，日後的回覆將完整寄送給您。")}</p>\n",
            _ => "",
        });
        body.Append($"<p>{(en ? "Keep this page's address to check on your case; quote the case number if you contact us." : "請保留本頁網址以便查詢進度；與我們聯絡時，請提供案件編號。")}</p>\n");
        return PageLayout.Render(agency, language, title, body.ToString(), switchHref);
    }

    // A button rather than a link that confirms on opening: mail scanners open links, and only a person presses it.
    private static string ConfirmForm(bool en, IReadOnlyDictionary<string, string> fields)
    {
        var hidden = string.Concat(fields.Select(f => $"<input type=\"hidden\" name=\"{Html.Attr(f.Key)}\" value=\"{Html.Attr(f.Value)}\">\n"));
        return $"""
            <form method="post" action="/complaints/confirm" class="confirm-email">
            {hidden}<p>{(en ? "Confirm that this e-mail address is yours, and replies will be sent to it in full." : "請確認此電子郵件地址為您所有，日後的回覆將完整寄送至此地址。")}</p>
            <button type="submit" class="primary">{(en ? "Confirm my e-mail address" : "確認電子郵件地址")}</button>
            </form>

            """;
    }

    private static string StatusText(string status, bool en) => status switch
    {
        CaseStatus.Replied => en ? "Replied" : "已回覆",
        CaseStatus.Closed => en ? "Closed" : "已結案",
        _ => en ? "Being handled" : "處理中",
    };
}
