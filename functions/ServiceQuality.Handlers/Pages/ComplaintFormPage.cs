using System.Text;
using ServiceQuality.Domain.Complaints;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Handlers.Pages;

/// <summary>The citizen's complaint and petition form: a plain HTML form, errors listed and tied to their fields.</summary>
public static class ComplaintFormPage
{
    public sealed record State(string IdempotencyKey, string? Channel, IReadOnlyDictionary<string, string?> Values, ValidationErrors Errors)
    {
        /// <summary>The anti-forgery token bound to <see cref="IdempotencyKey"/>, issued by the endpoint.</summary>
        public string? FormToken { get; init; }

        public static State Fresh(string? channel) => new(Guid.NewGuid().ToString("N"), channel, new Dictionary<string, string?>(), new ValidationErrors());
    }

    public static string Render(LocalizedText agency, string language, State state)
    {
        var en = language == Language.English;
        var body = new StringBuilder();
        body.Append($"<h1>{(en ? "Complaints and petitions" : "陳情與申訴")}</h1>\n");
        body.Append($"<p class=\"intro\">{(en
            ? "Tell us about a problem, ask about a regulation, or report a seller of uncertified or unsafe goods. We reply within 3 working days."
            : "您可以在此反映問題、詢問法規，或檢舉販售未經檢驗或不安全商品的賣家。我們將於 3 個工作天內回覆。")}</p>\n");
        body.Append($"<p class=\"hint\">{(en ? "Fields marked * are required." : "標示 * 的欄位為必填。")}</p>\n");
        if (!state.Errors.IsEmpty)
        {
            body.Append(FormParts.ErrorSummary(state.Errors, language, field => field));
        }
        body.Append($"<form method=\"post\" action=\"/complaints?lang={language}\" novalidate class=\"complaint-form\">\n");
        body.Append($"<input type=\"hidden\" name=\"idempotencyKey\" value=\"{Html.Attr(state.IdempotencyKey)}\">\n");
        body.Append(FormProtectionFields.Render(state.FormToken, language));
        body.Append($"<input type=\"hidden\" name=\"language\" value=\"{language}\">\n");
        if (state.Channel is not null)
        {
            body.Append($"<input type=\"hidden\" name=\"channel\" value=\"{Html.Attr(state.Channel)}\">\n");
        }
        body.Append(FormParts.TextInput("subject", en ? "Subject" : "主旨", "text", state, language, maxLength: ComplaintValidator.MaxSubjectLength));
        body.Append(FormParts.TextArea("text", en ? "What happened, or what would you like to ask?" : "陳情內容", state, language, ComplaintValidator.MaxTextLength, required: true,
            hint: en ? "For a report of a seller, include the shop name, the marketplace and the link if you have them." : "檢舉賣家時，請盡量提供賣場名稱、購物平台與網址。"));
        body.Append($"<fieldset class=\"question contact\">\n<legend>{(en ? "How can we reply to you? (optional)" : "聯絡方式（選填）")}</legend>\n");
        body.Append($"<p class=\"hint\">{(en ? "Your contact details are used only to reply to you and are stored apart from your message." : "聯絡資料僅用於回覆您，並與陳情內容分開保存。")}</p>\n");
        body.Append(FormParts.TextInput("name", en ? "Name" : "姓名", "text", state, language, maxLength: ComplaintValidator.MaxNameLength, autocomplete: "name"));
        body.Append(FormParts.TextInput("email", en ? "E-mail" : "電子郵件", "email", state, language, maxLength: 254, autocomplete: "email"));
        body.Append(FormParts.TextInput("phone", en ? "Phone" : "電話", "tel", state, language, maxLength: 30, autocomplete: "tel"));
        body.Append("</fieldset>\n");
        body.Append($"<button type=\"submit\" class=\"primary\">{(en ? "Send" : "送出")}</button>\n</form>\n");

        var title = (state.Errors.IsEmpty ? "" : en ? "Error: " : "錯誤：") + (en ? "Complaints and petitions" : "陳情與申訴");
        var other = en ? Language.TraditionalChinese : Language.English;
        return PageLayout.Render(agency, language, title, body.ToString(), $"/complaints?lang={other}", withFormScript: true);
    }
}
