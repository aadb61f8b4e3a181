using System.Globalization;
using System.Text;
using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Handlers.Pages.Staff.Cases;

/// <summary>
/// One case for staff: its facts and deadline in working days, the masked text, the reply, the contact details behind
/// an audited button, the three actions (correct the category, reply from a template, close) as plain forms, and the
/// history.
/// </summary>
public static class StaffCasePage
{
    public static string PathOf(CaseNumber number, string? language = null) =>
        $"{StaffInboxPage.Path}/{number}" + (language is null ? "" : $"?lang={Uri.EscapeDataString(language)}");


    public static CasePageContent Render(CasePageModel model, string language)
    {
        var en = language == Language.English;
        string T(string zh, string english) => en ? english : zh;
        var c = model.Case;
        var title = T($"案件 {c.Number}", $"Case {c.Number}");
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"back-link\"><a href=\"{Html.Attr(StaffInboxPage.Path + "?lang=" + language)}\">{T("回到案件收件匣", "Back to the case inbox")}</a></p>\n");
        body.Append(CultureInfo.InvariantCulture, $"<h1>{Html.Encode(title)}</h1>\n");
        if (model.Done is { } done && DoneMessage(done, language) is { } message)
        {
            body.Append(CultureInfo.InvariantCulture, $"<div class=\"status-message\" role=\"status\"><p>{Html.Encode(message)}</p></div>\n");
        }
        if (!model.Errors.IsEmpty)
        {
            body.Append(FormParts.ErrorSummary(model.Errors, language, field => field == "close" ? "close-case" : field));
        }
        Facts(body, model, language);
        Text(body, c, language);
        Contact(body, model, language);
        Actions(body, model, language);
        History(body, c, language);
        return new CasePageContent(title, body.ToString(), PathOf(c.Number, en ? Language.TraditionalChinese : Language.English));
    }

    private static string? DoneMessage(string done, string language)
    {
        var en = language == Language.English;
        return done switch
        {
            "category" => en ? "The category was corrected and the case routed to its unit; the correction is kept as a training label." : "已更正類別並分派至承辦單位；此更正將作為分類模型的訓練資料。",
            "reply" => en ? "The reply was recorded and e-mailed to the citizen." : "已記錄回覆並寄送給民眾。",
            "close" => en ? "The case was closed." : "已結案。",
            _ => null,
        };
    }

    private static void Facts(StringBuilder body, CasePageModel model, string language)
    {
        var en = language == Language.English;
        string T(string zh, string english) => en ? english : zh;
        var c = model.Case;
        var filed = TaipeiTime.ToTaipei(c.FiledAt);
        body.Append("<dl class=\"report-facts case-facts\">\n");
        Fact(body, T("收件時間", "Filed"), $"<time datetime=\"{Html.Attr(filed.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture))}\">{filed.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}</time>");
        Fact(body, T("陳情管道", "Channel"), Html.Encode(model.Labels.Channel(c.Channel, language)));
        Fact(body, T("民眾使用語言", "Citizen's language"), Html.Encode(model.Labels.Language(c.Language, language)));
        var status = Html.Encode(CaseTexts.Status(c.Status, language));
        if (CaseInboxOrder.NeedsReview(c) && c.Status != CaseStatus.NeedsReview)
        {
            status += $" <strong class=\"mark mark-review\">{T("待人工分類", "needs review")}</strong>";
        }
        Fact(body, T("狀態", "Status"), status);
        Fact(body, T("類別", "Category"), Html.Encode(CaseTexts.Category(c.Category, model.Categories, language) + CaseTexts.Confidence(c.Confidence, language)));
        Fact(body, T("承辦單位", "Unit"), Html.Encode(CaseTexts.Unit(c.UnitId, model.Organisation, language)));
        Fact(body, T("到期日", "Due"), $"<time datetime=\"{c.DueDate:yyyy-MM-dd}\">{c.DueDate:yyyy-MM-dd}</time>{StaffInboxPage.Mark(model.Deadline, language)}{WorkingDays(model.Deadline, language)}");
        Fact(body, T("優先度", "Priority"), c.Priority is { } p ? p.ToString(CultureInfo.InvariantCulture) : "—");
        body.Append("</dl>\n");
    }

    private static string WorkingDays(CaseDeadline deadline, string language)
    {
        var en = language == Language.English;
        if (deadline.Settled)
        {
            return en ? " (answered)" : "（已回覆）";
        }
        if (deadline.Overdue && deadline.WorkingDaysOverdue is { } late)
        {
            return en ? $" ({late} working day{(late == 1 ? "" : "s")} late)" : $"（已逾期 {late} 個工作天）";
        }
        if (deadline.WorkingDaysLeft is { } left && !deadline.DueToday)
        {
            return en ? $" ({left} working day{(left == 1 ? "" : "s")} left)" : $"（尚餘 {left} 個工作天）";
        }
        return "";
    }

    private static void Fact(StringBuilder body, string name, string html) =>
        body.Append(CultureInfo.InvariantCulture, $"<dt>{Html.Encode(name)}</dt><dd>{html}</dd>\n");

    private static void Text(StringBuilder body, Case c, string language)
    {
        var en = language == Language.English;
        string T(string zh, string english) => en ? english : zh;
        body.Append(CultureInfo.InvariantCulture, $"<section aria-labelledby=\"case-text\"><h2 id=\"case-text\">{T("陳情內容", "What the citizen wrote")}</h2>\n");
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"hint\">{T("個人資料（電話、電子郵件、身分證號、車牌）已遮蔽。", "Personal data (phone numbers, e-mail addresses, ID numbers, plates) is masked.")}</p>\n");
        if (c.Subject is { Length: > 0 } subject)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"case-subject\"><strong>{T("主旨：", "Subject: ")}</strong>{Html.Encode(subject)}</p>\n");
        }
        body.Append(CultureInfo.InvariantCulture, $"<blockquote class=\"comment-text case-text\" lang=\"{Html.Attr(Language.Normalise(c.Language))}\">{Html.Encode(c.Text)}</blockquote>\n");
        if (c.Reply is { } reply)
        {
            var at = c.RepliedAt is { } r ? TaipeiTime.ToTaipei(r).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "";
            body.Append(CultureInfo.InvariantCulture, $"<h3>{T("本局回覆", "Our reply")}{(at.Length > 0 ? $" <span class=\"hint\">{at}</span>" : "")}</h3>\n");
            body.Append(CultureInfo.InvariantCulture, $"<blockquote class=\"comment-text case-reply\" lang=\"{Html.Attr(Language.Normalise(c.Language))}\">{Html.Encode(reply)}</blockquote>\n");
        }
        body.Append("</section>\n");
    }

    private static void Contact(StringBuilder body, CasePageModel model, string language)
    {
        var en = language == Language.English;
        string T(string zh, string english) => en ? english : zh;
        body.Append(CultureInfo.InvariantCulture, $"<section aria-labelledby=\"case-contact\"><h2 id=\"case-contact\">{T("聯絡資料", "Contact details")}</h2>\n");
        if (model.Contact is { } contact)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"hint\">{T("您查看聯絡資料一事已記錄於稽核軌跡。", "Your reading of these details is recorded in the audit trail.")}</p>\n");
            body.Append("<dl class=\"report-facts contact-facts\">\n");
            Fact(body, T("姓名", "Name"), Html.Encode(contact.Name ?? "—"));
            Fact(body, T("電子郵件", "E-mail"), Html.Encode(contact.Email ?? "—"));
            Fact(body, T("電話", "Phone"), Html.Encode(contact.Phone ?? "—"));
            body.Append("</dl>\n");
        }
        else if (model.HasContact)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"hint\" id=\"contact-hint\">{T("聯絡資料不預先顯示；按下按鈕後顯示，並記錄於稽核軌跡。", "Contact details are not shown until you ask; asking is recorded in the audit trail.")}</p>\n");
            FormStart(body, model, language, CaseActions.Contact);
            body.Append(CultureInfo.InvariantCulture, $"<button type=\"submit\" class=\"secondary\" aria-describedby=\"contact-hint\">{T("顯示聯絡資料", "Show contact details")}</button></form>\n");
        }
        else
        {
            body.Append(CultureInfo.InvariantCulture, $"<p>{T("本案沒有聯絡資料，或已依保存期限刪除。", "This case has no contact details, or they were deleted after the retention period.")}</p>\n");
        }
        body.Append("</section>\n");
    }

    private static void Actions(StringBuilder body, CasePageModel model, string language)
    {
        var en = language == Language.English;
        string T(string zh, string english) => en ? english : zh;
        var c = model.Case;
        body.Append(CultureInfo.InvariantCulture, $"<section aria-labelledby=\"case-actions\"><h2 id=\"case-actions\">{T("處理", "Actions")}</h2>\n");
        if (c.Status == CaseStatus.Closed)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p>{T("本案已結案，不能再更正類別或回覆。", "The case is closed: its category and reply can no longer change.")}</p></section>\n");
            return;
        }
        CategoryForm(body, model, language);
        ReplyForms(body, model, language);
        CloseForm(body, model, language);
        body.Append("</section>\n");
    }

    private static void CategoryForm(StringBuilder body, CasePageModel model, string language)
    {
        var en = language == Language.English;
        string T(string zh, string english) => en ? english : zh;
        var selected = model.Values.GetValueOrDefault("category") ?? model.Case.Category;
        body.Append(CultureInfo.InvariantCulture, $"<h3 id=\"category-heading\">{T("更正類別", "Correct the category")}</h3>\n");
        FormStart(body, model, language, CaseActions.Category, "category-heading");
        body.Append(CultureInfo.InvariantCulture, $"<div class=\"question field{ErrorClass(model, "category")}\"><label for=\"category\">{T("正確類別", "Right category")}</label>\n");
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"hint\" id=\"category-hint\">{T("案件將改分派至該類別的承辦單位；此更正會作為分類模型的訓練資料。", "The case goes to that category's unit; the correction becomes a training label for the classifier.")}</p>\n");
        ErrorMessage(body, model, "category", language);
        body.Append(CultureInfo.InvariantCulture, $"<select id=\"category\" name=\"category\" aria-describedby=\"category-hint{Described(model, "category")}\"{Invalid(model, "category")}>");
        foreach (var category in model.Categories.All)
        {
            var unit = CaseTexts.Unit(category.UnitId, model.Organisation, language);
            body.Append(CultureInfo.InvariantCulture,
                $"<option value=\"{Html.Attr(category.Id)}\"{(category.Id == selected ? " selected" : "")}>{Html.Encode(category.Name[language])}{(en ? $" ({Html.Encode(unit)})" : $"（{Html.Encode(unit)}）")}</option>");
        }
        body.Append("</select></div>\n");
        body.Append(CultureInfo.InvariantCulture, $"<button type=\"submit\" class=\"primary\">{T("更正類別", "Correct the category")}</button></form>\n");
    }

    private static void ReplyForms(StringBuilder body, CasePageModel model, string language)
    {
        var en = language == Language.English;
        string T(string zh, string english) => en ? english : zh;
        var c = model.Case;
        var citizen = model.Labels.Language(Language.Normalise(c.Language), language);
        body.Append(CultureInfo.InvariantCulture, $"<h3 id=\"reply-heading\">{T("回覆民眾", "Reply to the citizen")}</h3>\n");
        // Choosing a template reloads the page with its text filled in, so it works without script.
        body.Append(CultureInfo.InvariantCulture, $"<form class=\"case-form template-form\" method=\"get\" action=\"{Html.Attr(PathOf(c.Number))}\" aria-label=\"{T("選擇回覆範本", "Choose a reply template")}\">");
        body.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"lang\" value=\"{Html.Attr(language)}\">");
        body.Append(CultureInfo.InvariantCulture, $"<div class=\"question field\"><label for=\"template\">{T("回覆範本", "Reply template")}</label>\n");
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"hint\" id=\"template-hint\">{Html.Encode(T($"範本以民眾使用的語言（{citizen}）填入下方回覆內容，可再修改。", $"The template is filled in in the citizen's language ({citizen}) below, for you to edit."))}</p>\n");
        body.Append("<select id=\"template\" name=\"template\" aria-describedby=\"template-hint\">");
        var chosen = model.Values.GetValueOrDefault("template");
        foreach (var template in model.Templates.All)
        {
            body.Append(CultureInfo.InvariantCulture, $"<option value=\"{Html.Attr(template.Id)}\"{(template.Id == chosen ? " selected" : "")}>{Html.Encode(template.Title[language])}</option>");
        }
        body.Append("</select></div>\n");
        body.Append(CultureInfo.InvariantCulture, $"<button type=\"submit\" class=\"secondary\">{T("套用範本", "Use this template")}</button></form>\n");

        FormStart(body, model, language, CaseActions.Reply, "reply-heading");
        body.Append(CultureInfo.InvariantCulture, $"<div class=\"question text{ErrorClass(model, "reply")}\"><label for=\"reply\">{T("回覆內容", "Reply")}</label>\n");
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"hint\" id=\"reply-hint\">{T(
            $"回覆會寄給民眾並存於案件。民眾的個人資料會被遮蔽；本局的電話、電子郵件與地址會保留。最多 {CaseTriageService.MaxReplyLength} 字。",
            $"The reply is e-mailed to the citizen and kept with the case. Personal data in it is masked; the agency's own phone numbers, e-mail addresses and address are kept. At most {CaseTriageService.MaxReplyLength} characters.")}</p>\n");
        ErrorMessage(body, model, "reply", language);
        body.Append(CultureInfo.InvariantCulture,
            $"<textarea id=\"reply\" name=\"reply\" rows=\"12\" maxlength=\"{CaseTriageService.MaxReplyLength}\" lang=\"{Html.Attr(Language.Normalise(c.Language))}\" aria-describedby=\"reply-hint{Described(model, "reply")}\"{Invalid(model, "reply")}>{Html.Encode(model.Values.GetValueOrDefault("reply"))}</textarea></div>\n");
        body.Append(CultureInfo.InvariantCulture, $"<button type=\"submit\" class=\"primary\">{T("送出回覆", "Send the reply")}</button></form>\n");
    }

    private static void CloseForm(StringBuilder body, CasePageModel model, string language)
    {
        var en = language == Language.English;
        string T(string zh, string english) => en ? english : zh;
        body.Append(CultureInfo.InvariantCulture, $"<h3 id=\"close-heading\">{T("結案", "Close the case")}</h3>\n");
        FormStart(body, model, language, CaseActions.Close, "close-heading");
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"hint\" id=\"close-hint\">{(model.Case.Reply is null
            ? T("須先回覆民眾才能結案。", "Reply to the citizen before closing the case.")
            : T("結案後，民眾會收到陳情處理滿意度問卷的邀請。", "Once closed, the citizen is invited to the petition-handling survey."))}</p>\n");
        ErrorMessage(body, model, "close", language);
        body.Append(CultureInfo.InvariantCulture, $"<button type=\"submit\" id=\"close-case\" class=\"primary\" aria-describedby=\"close-hint{Described(model, "close")}\">{T("結案", "Close the case")}</button></form>\n");
    }

    private static void History(StringBuilder body, Case c, string language)
    {
        var en = language == Language.English;
        string T(string zh, string english) => en ? english : zh;
        var caption = T("處理紀錄", "History");
        body.Append(CultureInfo.InvariantCulture, $"<section aria-labelledby=\"case-history\"><h2 id=\"case-history\">{caption}</h2>\n");
        body.Append(CultureInfo.InvariantCulture,
            $"<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"{Html.Attr(caption)}\"><table class=\"report-table history-table\"><caption>{Html.Encode(caption)}</caption><thead><tr>");
        string[] headings = [T("時間", "When"), T("處理者", "Who"), T("事件", "What"), T("說明", "Details")];
        foreach (var heading in headings)
        {
            body.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{Html.Encode(heading)}</th>");
        }
        body.Append("</tr></thead><tbody>\n");
        foreach (var e in c.History.OrderBy(e => e.At))
        {
            var at = TaipeiTime.ToTaipei(e.At);
            body.Append(CultureInfo.InvariantCulture,
                $"<tr><th scope=\"row\"><time datetime=\"{Html.Attr(at.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture))}\">{at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}</time></th>");
            body.Append(CultureInfo.InvariantCulture, $"<td data-label=\"{Html.Attr(headings[1])}\">{Html.Encode(e.Actor)}</td>");
            body.Append(CultureInfo.InvariantCulture, $"<td data-label=\"{Html.Attr(headings[2])}\">{Html.Encode(CaseTexts.Event(e.Kind, language))}</td>");
            body.Append(CultureInfo.InvariantCulture, $"<td data-label=\"{Html.Attr(headings[3])}\">{Html.Encode(e.Detail ?? "—")}</td></tr>\n");
        }
        body.Append("</tbody></table></div></section>\n");
    }

    /// <summary>
    /// Every action posts to the case page itself, naming the action in a field: a page sent back with errors then has
    /// the case page's own address, so its language link and a reload lead back to the case.
    /// </summary>
    private static void FormStart(StringBuilder body, CasePageModel model, string language, string action, string? labelledBy = null)
    {
        body.Append(CultureInfo.InvariantCulture,
            $"<form class=\"case-form\" method=\"post\" action=\"{Html.Attr(PathOf(model.Case.Number, language))}\"{(labelledBy is null ? "" : $" aria-labelledby=\"{labelledBy}\"")}>");
        body.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"{CaseActions.Field}\" value=\"{Html.Attr(action)}\">");
        foreach (var (name, value) in model.FormFields)
        {
            body.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"{Html.Attr(name)}\" value=\"{Html.Attr(value)}\">");
        }
    }

    private static string ErrorClass(CasePageModel model, string field) => model.Errors.Has(field) ? " has-error" : "";

    private static string Invalid(CasePageModel model, string field) => model.Errors.Has(field) ? " aria-invalid=\"true\"" : "";

    private static string Described(CasePageModel model, string field) => model.Errors.Has(field) ? " " + FormParts.ErrorId(field) : "";

    private static void ErrorMessage(StringBuilder body, CasePageModel model, string field, string language)
    {
        if (model.Errors.All.FirstOrDefault(e => e.Field == field) is { } error)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"field-error\" id=\"{FormParts.ErrorId(field)}\">{Html.Encode(error.Message[language])}</p>\n");
        }
    }
}
