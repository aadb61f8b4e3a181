using System.Globalization;
using System.Text;
using ServiceQuality.Domain.Validation;
using ServiceQuality.Handlers.Staff;
using static ServiceQuality.Handlers.Pages.Staff.StaffPageParts;

namespace ServiceQuality.Handlers.Pages.Staff.Operations;

/// <summary>
/// The administrator's page: the e-mail outbox, failed queue messages with a replay form per queue, the forms that
/// recompute a month's or a year's figures, and each model's versions with their metrics. Every form posts with
/// the anti-forgery token and comes back here.
/// </summary>
public sealed class StaffOperationsPage(StaffForms forms, string language)
{
    private readonly bool _en = English(language);

    private string T(string zhTw, string en) => _en ? en : zhTw;

    public (string Title, string Body) Render(StaffOperationsModel model, StaffMember staff)
    {
        var title = T("維運", "Operations");
        var body = new StringBuilder($"<h1>{title}</h1>\n");
        body.Append(Message(model.MessageHtml));
        var errors = model.Errors ?? new ValidationErrors();
        if (!errors.IsEmpty)
        {
            body.Append(FormParts.ErrorSummary(errors, language, field => field == "queue" ? "poison" : $"rollup-{model.Form}-{field}"));
        }
        body.Append(Outbox(model));
        body.Append(Poison(model, staff));
        body.Append(Rollups(model, staff, errors));
        body.Append(Models(model));
        return (title, body.ToString());
    }

    private string Outbox(StaffOperationsModel model)
    {
        var html = new StringBuilder($"<section class=\"staff-section\" aria-labelledby=\"outbox\">\n<h2 id=\"outbox\">{T("電子郵件寄件匣", "E-mail outbox")}</h2>\n<p>");
        html.Append(model.SendGridConfigured
            ? T("電子郵件經由 SendGrid 寄出；", "E-mail is sent through SendGrid; ")
            : T("尚未設定 SendGrid 金鑰，郵件保留在寄件匣，不會寄出；", "No SendGrid key is configured, so e-mails are kept in the outbox rather than sent; "));
        html.Append(T($"寄件匣目前有 {Number(model.OutboxCount)} 封最近的郵件。", $"the outbox holds {Number(model.OutboxCount)} recent e-mails."));
        html.Append($"</p>\n<p><a href=\"{Html.Attr(StaffLayout.Link("/outbox", language))}\">{T("開啟寄件匣", "Open the outbox")}</a></p>\n</section>\n");
        return html.ToString();
    }

    private string Poison(StaffOperationsModel model, StaffMember staff)
    {
        var html = new StringBuilder($"<section class=\"staff-section\" aria-labelledby=\"poison\">\n<h2 id=\"poison\" tabindex=\"-1\">{T("失敗的佇列訊息", "Failed queue messages")}</h2>\n");
        html.Append($"<p>{T("處理失敗多次的訊息會移到毒訊息佇列。排除原因後，可將它們送回原佇列重新處理。", "Messages that failed several times are moved to a poison queue. Once the cause is fixed, send them back to their queue to be handled again.")}</p>\n");
        html.Append("<div class=\"table-scroll\"><table class=\"report-table staff-table\">\n");
        html.Append($"<caption>{T("各佇列等待處理的失敗訊息（每佇列最多顯示 32 則）", "Failed messages waiting, per queue (at most 32 shown per queue)")}</caption>\n");
        html.Append($"<thead><tr><th scope=\"col\">{T("佇列", "Queue")}</th><th scope=\"col\">{T("訊息數", "Messages")}</th><th scope=\"col\">{T("最早失敗", "Oldest")}</th><th scope=\"col\">{T("動作", "Action")}</th></tr></thead>\n<tbody>\n");
        foreach (var queue in model.Queues)
        {
            var messages = model.Poison.Where(m => m.Queue == queue).ToList();
            html.Append($"<tr><th scope=\"row\"><code>{Html.Encode(queue)}</code></th>{Td(T("訊息數", "Messages"), Number(messages.Count))}{Td(T("最早失敗", "Oldest"), Time(messages.Min(m => m.InsertedOn)))}<td data-label=\"{Html.Attr(T("動作", "Action"))}\">");
            if (messages.Count > 0)
            {
                html.Append($"<form method=\"post\" action=\"{Html.Attr(Action($"/staff/operations/poison/{Uri.EscapeDataString(queue)}/replay", language))}\">{forms.HiddenField(staff)}")
                    .Append($"<button type=\"submit\" class=\"secondary\" aria-label=\"{Html.Attr(T($"將 {queue} 的訊息送回重新處理", $"Replay the messages of {queue}"))}\">{T("送回重新處理", "Replay")}</button></form>");
            }
            else
            {
                html.Append(T("無", "None"));
            }
            html.Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table></div>\n</section>\n");
        return html.ToString();
    }

    private string Rollups(StaffOperationsModel model, StaffMember staff, ValidationErrors errors)
    {
        var html = new StringBuilder($"<section class=\"staff-section\" aria-labelledby=\"rollups\">\n<h2 id=\"rollups\">{T("重新計算統計", "Recompute the figures")}</h2>\n");
        html.Append($"<p>{T("報告的數據每日計算一次；修正資料後，可立即重新計算一個月或一整年。", "The report's figures are computed daily; after a correction, recompute a month or a whole year now.")}</p>\n");
        html.Append("<dl class=\"report-facts\">\n");
        html.Append($"<dt>{T($"{model.Year} 年 {model.Month} 月的數據計算於", $"{model.Year}-{model.Month:D2} computed at")}</dt><dd>{Time(model.MonthComputedAt)}</dd>\n");
        html.Append($"<dt>{T($"{model.Year} 年的數據計算於", $"{model.Year} computed at")}</dt><dd>{Time(model.YearComputedAt)}</dd>\n");
        html.Append("</dl>\n");
        var monthErrors = model.Form == "month" ? errors : new ValidationErrors();
        var yearErrors = model.Form == "year" ? errors : new ValidationErrors();
        var year = model.Year.ToString(CultureInfo.InvariantCulture);
        html.Append(RollupForm(staff, "month", T("重新計算一個月", "Recompute a month"), monthErrors,
            Input("month", "year", T("年度", "Year"), model.Form == "month" ? model.YearText ?? year : year, monthErrors)
            + Input("month", "month", T("月份", "Month"), model.Form == "month" ? model.MonthText ?? "" : model.Month.ToString(CultureInfo.InvariantCulture), monthErrors)));
        html.Append(RollupForm(staff, "year", T("重新計算一整年", "Recompute a year"), yearErrors,
            Input("year", "year", T("年度", "Year"), model.Form == "year" ? model.YearText ?? year : year, yearErrors)));
        html.Append("</section>\n");
        return html.ToString();
    }

    private string RollupForm(StaffMember staff, string scope, string legend, ValidationErrors errors, string fields) =>
        $"<form method=\"post\" action=\"{Html.Attr(Action("/staff/operations/rollups", language))}\" class=\"staff-action\">\n{forms.HiddenField(staff)}\n"
        + $"<input type=\"hidden\" name=\"scope\" value=\"{scope}\">\n<fieldset>\n<legend>{legend}</legend>\n{fields}</fieldset>\n"
        + $"<button type=\"submit\" class=\"secondary\">{legend}</button>\n</form>\n";

    private string Input(string scope, string field, string label, string value, ValidationErrors errors)
    {
        var id = $"rollup-{scope}-{field}";
        var error = errors.All.FirstOrDefault(e => e.Field == field);
        var errorId = $"{id}-error";
        return $"<div><label for=\"{id}\">{label}</label>"
            + (error is null ? "" : $"<p class=\"field-error\" id=\"{errorId}\">{Html.Encode(error.Message[language])}</p>")
            + $"<input type=\"text\" inputmode=\"numeric\" id=\"{id}\" name=\"{field}\" value=\"{Html.Attr(value)}\" maxlength=\"4\" autocomplete=\"off\""
            + (error is null ? "" : $" aria-invalid=\"true\" aria-describedby=\"{errorId}\"") + "></div>\n";
    }

    private string Models(StaffOperationsModel model)
    {
        var html = new StringBuilder($"<section class=\"staff-section\" aria-labelledby=\"models\">\n<h2 id=\"models\">{T("文字分類模型", "Text models")}</h2>\n");
        foreach (var summary in model.Models)
        {
            html.Append($"<h3>{Html.Encode(summary.Model)}</h3>\n<p>");
            html.Append(summary.Current is { } current
                ? T($"使用中的版本：{Html.Encode(current.Version)}（{PromotedAt(current.PromotedAt)} 啟用；{Html.Encode(current.Reason)}）",
                    $"Serving version {Html.Encode(current.Version)} (promoted {PromotedAt(current.PromotedAt)}: {Html.Encode(current.Reason)})")
                : T("尚未有啟用的版本。", "No version has been promoted yet."));
            html.Append("</p>\n");
            if (summary.Versions.Count == 0)
            {
                html.Append($"<p class=\"no-figures\">{T("沒有已儲存的版本。", "No stored versions.")}</p>\n");
                continue;
            }
            html.Append("<div class=\"table-scroll\"><table class=\"report-table staff-table\">\n");
            html.Append($"<caption>{Html.Encode(T($"{summary.Model} 最近的版本（共 {summary.VersionCount} 個，由新到舊）", $"Latest versions of {summary.Model} ({summary.VersionCount} in all, newest first)"))}</caption>\n");
            html.Append($"<thead><tr><th scope=\"col\">{T("版本", "Version")}</th><th scope=\"col\">Macro F1</th><th scope=\"col\">{T("正確率", "Accuracy")}</th><th scope=\"col\">{T("訓練樣本數", "Examples")}</th><th scope=\"col\">{T("訓練時間", "Trained")}</th></tr></thead>\n<tbody>\n");
            foreach (var version in summary.Versions)
            {
                var serving = version.Version == summary.Current?.Version ? $" <strong>{T("（使用中）", "(serving)")}</strong>" : "";
                var m = version.Metrics;
                html.Append($"<tr><th scope=\"row\"><code>{Html.Encode(version.Version)}</code>{serving}</th>")
                    .Append(Td("Macro F1", m is null ? "—" : m.MacroF1.ToString("0.000", CultureInfo.InvariantCulture)))
                    .Append(Td(T("正確率", "Accuracy"), m is null ? "—" : m.Accuracy.ToString("0.000", CultureInfo.InvariantCulture)))
                    .Append(Td(T("訓練樣本數", "Examples"), m is null ? "—" : Number(m.ExampleCount))).Append(Td(T("訓練時間", "Trained"), Time(m?.TrainedAt))).Append("</tr>\n");
            }
            html.Append("</tbody>\n</table></div>\n");
        }
        html.Append("</section>\n");
        return html.ToString();
    }

    private static string PromotedAt(DateTimeOffset at) => Time(at);
}
