using System.Text;
using System.Text.Json;
using ServiceQuality.Domain.Etiquette;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.Validation;
using ServiceQuality.Handlers.Http.Etiquette;

namespace ServiceQuality.Handlers.Pages;

/// <summary>
/// The staff form that logs a phone-etiquette test. A plain HTML form in tab order — when, who tested, which
/// unit, who answered, one number per rubric item, notes — that works without JavaScript; the script only shows
/// the total while typing. Errors are listed at the top and tied to their fields.
/// </summary>
public static class EtiquetteTestFormPage
{
    /// <param name="tester">The signed-in person, who is the tester of the test.</param>
    /// <param name="antiForgeryField">The staff form's hidden anti-forgery input (StaffForms.HiddenField).</param>
    /// <returns>The page's title and body, for the staff layout.</returns>
    public static (string Title, string Body) Render(
        EtiquetteRubric rubric, AgencyOrganisation organisation, string language, EtiquetteTestFormState state, string tester, string antiForgeryField)
    {
        var en = language == Language.English;
        var body = new StringBuilder();
        body.Append($"<h1>{(en ? "Log a phone-etiquette test" : "登錄電話禮貌測試")}</h1>\n");
        body.Append($"<p class=\"hint\">{(en ? "Every field is required except the notes; name the staff member, the extension, or both." : "除備註外皆為必填；受測人員姓名與分機至少填寫一項。")}</p>\n");
        if (!state.Errors.IsEmpty)
        {
            body.Append(FormParts.ErrorSummary(state.Errors, language, field => TargetOf(rubric, field)));
        }
        var action = EtiquettePaths.Form(language);
        body.Append($"<form method=\"post\" action=\"{Html.Attr(action)}\" novalidate class=\"etiquette-form\">\n");
        body.Append($"<input type=\"hidden\" name=\"idempotencyKey\" value=\"{Html.Attr(state.IdempotencyKey)}\">\n");
        body.Append($"<input type=\"hidden\" name=\"lang\" value=\"{language}\">\n");
        body.Append(antiForgeryField).Append('\n');
        body.Append($"<p>{(en ? "Tester: " : "測試人員：")}<strong>{Html.Encode(tester)}</strong></p>\n");

        body.Append(Input("testedAt", en ? "Date and time of the call (Taipei)" : "測試時間（臺北時間）", "datetime-local", state, language, " required"));
        body.Append(UnitSelect(organisation, language, state));
        body.Append(Input("staff", en ? "Staff member who answered" : "受測人員姓名", "text", state, language, $" maxlength=\"{EtiquetteTestValidator.MaxNameLength}\" autocomplete=\"off\""));
        body.Append(Input("extension", en ? "Extension called" : "分機號碼", "text", state, language, $" maxlength=\"{EtiquetteTestValidator.MaxExtensionLength}\" inputmode=\"tel\" autocomplete=\"off\""));
        body.Append(Scores(rubric, language, state));
        body.Append(Notes(language, state));
        body.Append($"<button type=\"submit\" class=\"primary\">{(en ? "Save test" : "儲存測試")}</button>\n</form>\n");
        body.Append("<script src=\"/assets/etiquette-form.js\" defer></script>\n");

        var title = (state.Errors.IsEmpty ? "" : en ? "Error: " : "錯誤：") + (en ? "Log a phone-etiquette test" : "登錄電話禮貌測試");
        return (title, body.ToString());
    }

    public static string ScoreInputId(string itemId) => $"score-{itemId}";

    private static string TargetOf(EtiquetteRubric rubric, string field) =>
        field.StartsWith(EtiquetteTestRequest.FormScorePrefix, StringComparison.Ordinal)
            ? rubric.Find(field[EtiquetteTestRequest.FormScorePrefix.Length..]) is { } item ? ScoreInputId(item.Id) : "scores"
            : field;

    private static (string DescribedBy, string Message, string Invalid) ErrorOf(EtiquetteTestFormState state, string field, string language)
    {
        var error = state.Errors.All.FirstOrDefault(e => e.Field == field);
        return error is null
            ? ("", "", "")
            : (FormParts.ErrorId(field), $"<p class=\"field-error\" id=\"{FormParts.ErrorId(field)}\">{Html.Encode(error.Message[language])}</p>\n", " aria-invalid=\"true\"");
    }

    private static string Input(string name, string label, string type, EtiquetteTestFormState state, string language, string attributes)
    {
        var (describedBy, message, invalid) = ErrorOf(state, name, language);
        var described = describedBy.Length == 0 ? "" : $" aria-describedby=\"{describedBy}\"";
        return $"""
            <div class="question field{(message.Length > 0 ? " has-error" : "")}">
            <label for="{name}">{Html.Encode(label)}</label>
            {message}<input type="{type}" id="{name}" name="{name}" value="{Html.Attr(state.Value(name))}"{attributes}{described}{invalid}>
            </div>

            """;
    }

    private static string UnitSelect(AgencyOrganisation organisation, string language, EtiquetteTestFormState state)
    {
        var en = language == Language.English;
        var (describedBy, message, invalid) = ErrorOf(state, "unit", language);
        var chosen = state.Value("unit");
        var options = new StringBuilder($"<option value=\"\">{(en ? "— Choose the unit —" : "— 請選擇單位 —")}</option>\n");
        foreach (var unit in organisation.Units)
        {
            options.Append($"<option value=\"{Html.Attr(unit.Id)}\"{(chosen == unit.Id ? " selected" : "")}>{Html.Encode(unit.Name[language])}</option>\n");
        }
        return $"""
            <div class="question unit{(message.Length > 0 ? " has-error" : "")}">
            <label for="unit">{(en ? "Unit tested" : "受測單位")}</label>
            {message}<select id="unit" name="unit" required{(describedBy.Length == 0 ? "" : $" aria-describedby=\"{describedBy}\"")}{invalid}>
            {options}</select>
            </div>

            """;
    }

    private static string Scores(EtiquetteRubric rubric, string language, EtiquetteTestFormState state)
    {
        var en = language == Language.English;
        var (describedBy, message, _) = ErrorOf(state, "scores", language);
        var items = new StringBuilder();
        foreach (var item in rubric.Items)
        {
            var field = EtiquetteTestRequest.FormScorePrefix + item.Id;
            var id = ScoreInputId(item.Id);
            var (errorId, itemMessage, invalid) = ErrorOf(state, field, language);
            var range = $"{id}-range";
            items.Append($"""
                <div class="score-item{(itemMessage.Length > 0 ? " has-error" : "")}">
                <label for="{id}">{Html.Encode(item.Name[language])} <span class="hint" id="{range}">{(en ? $"(0–{item.MaxPoints})" : $"（0–{item.MaxPoints}）")}</span></label>
                <input type="number" id="{id}" name="{field}" value="{Html.Attr(state.Value(field))}" min="0" max="{item.MaxPoints}" step="1" inputmode="numeric" required aria-describedby="{range}{(errorId.Length == 0 ? "" : " " + errorId)}"{invalid}>
                {itemMessage}</div>

                """);
        }
        var grades = JsonSerializer.Serialize(rubric.Grades.Select(g => new { min = g.MinScore, name = g.Name[language] }));
        var waiting = en ? "— (shown as you type; computed when you save)" : "—（輸入時顯示；儲存時由系統計算）";
        return $"""
            <fieldset id="scores" class="question scores{(message.Length > 0 ? " has-error" : "")}"{(describedBy.Length == 0 ? "" : $" aria-describedby=\"{describedBy}\"")}>
            <legend>{(en ? $"Scores (total {EtiquetteRubric.TotalPoints})" : $"評分（滿分 {EtiquetteRubric.TotalPoints} 分）")}</legend>
            {message}{items}<p class="etiquette-total">{(en ? "Total" : "總分")}: <output id="total" aria-live="polite" data-grades="{Html.Attr(grades)}" data-of="{(en ? "of" : "／")}">{waiting}</output></p>
            </fieldset>

            """;
    }

    private static string Notes(string language, EtiquetteTestFormState state)
    {
        var en = language == Language.English;
        var (describedBy, message, invalid) = ErrorOf(state, "notes", language);
        var max = EtiquetteTestValidator.MaxNotesLength;
        return $"""
            <div class="question text{(message.Length > 0 ? " has-error" : "")}">
            <label for="notes">{(en ? "Notes (optional)" : "備註（選填）")}</label>
            {message}<textarea id="notes" name="notes" rows="3" maxlength="{max}" aria-describedby="notes-hint{(describedBy.Length == 0 ? "" : " " + describedBy)}"{invalid}>{Html.Encode(state.Value("notes"))}</textarea>
            <p class="hint" id="notes-hint">{(en ? $"Up to {max} characters." : $"最多 {max} 字。")}</p>
            </div>

            """;
    }
}
