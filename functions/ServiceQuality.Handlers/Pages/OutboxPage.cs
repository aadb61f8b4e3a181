using System.Globalization;
using System.Text;
using ServiceQuality.Domain.Email;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Handlers.Pages;

/// <summary>The staff view of the local outbox: what would have been sent, newest first, invitation links clickable.</summary>
public static class OutboxPage
{
    /// <summary>The page's title and body, for the staff layout.</summary>
    public static (string Title, string Body) Render(Labels labels, IReadOnlyList<OutgoingEmail> emails, bool sendGridConfigured, string language)
    {
        var en = language == Language.English;
        var body = new StringBuilder();
        body.Append($"<h1>{(en ? "E-mail outbox" : "電子郵件寄件匣")}</h1>\n");
        body.Append("<p>").Append(sendGridConfigured
            ? (en ? "E-mail is sent through SendGrid; this outbox keeps only what was written here before." : "電子郵件已經由 SendGrid 寄出；此寄件匣僅保留先前的郵件。")
            : (en ? "No SendGrid key is configured: e-mails are kept here instead of being sent." : "尚未設定 SendGrid 金鑰：郵件保留於此，不會寄出。")).Append("</p>\n");
        if (emails.Count == 0)
        {
            body.Append($"<p>{(en ? "The outbox is empty." : "寄件匣沒有郵件。")}</p>\n");
        }
        foreach (var email in emails)
        {
            var at = TaipeiTime.ToTaipei(email.CreatedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            body.Append("<article class=\"outbox-email\">\n");
            body.Append($"<h2>{Html.Encode(email.Subject)}</h2>\n");
            body.Append("<dl>\n");
            body.Append($"<dt>{(en ? "To" : "收件人")}</dt><dd>{Html.Encode(email.ToName is null ? email.To : $"{email.ToName} <{email.To}>")}</dd>\n");
            body.Append($"<dt>{(en ? "Kind" : "類型")}</dt><dd>{Html.Encode(labels.EmailKind(email.Kind, language))}{(en ? " (" : "（")}{Html.Encode(labels.Language(email.Language, language))}{(en ? ")" : "）")}</dd>\n");
            body.Append($"<dt>{(en ? "Written" : "建立時間")}</dt><dd><time datetime=\"{Html.Attr(email.CreatedAt.ToString("O", CultureInfo.InvariantCulture))}\">{at}</time></dd>\n");
            if (email.Link is not null)
            {
                body.Append($"<dt>{(en ? "Link" : "連結")}</dt><dd><a class=\"outbox-link\" href=\"{Html.Attr(email.Link)}\">{Html.Encode(email.Link)}</a></dd>\n");
            }
            body.Append("</dl>\n");
            body.Append($"<pre class=\"outbox-text\">{Html.Encode(email.TextBody)}</pre>\n");
            body.Append("</article>\n");
        }
        return (en ? "E-mail outbox" : "電子郵件寄件匣", body.ToString());
    }
}
