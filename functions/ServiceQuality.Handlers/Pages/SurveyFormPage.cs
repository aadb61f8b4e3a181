using System.Globalization;
using System.Text;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Validation;
using ServiceQuality.Handlers.Http.Surveys;

namespace ServiceQuality.Handlers.Pages;

/// <summary>
/// The citizen's survey form. It is a plain HTML form that works without JavaScript; the script only adds
/// checks before sending and a character count. Errors are listed at the top and tied to their questions.
/// </summary>
public static class SurveyFormPage
{
    public static string Render(SurveyDefinition survey, AgencyOrganisation organisation, string language, SurveyFormState state)
    {
        var en = language == Language.English;
        var body = new StringBuilder();
        body.Append($"<h1>{Html.Encode(survey.Title[language])}</h1>\n");
        body.Append($"<p class=\"intro\">{Html.Encode(survey.Intro[language])}</p>\n");
        body.Append($"<p class=\"hint\">{(en ? "Questions marked * need an answer." : "標示 * 的題目為必答。")}</p>\n");
        if (!state.Errors.IsEmpty)
        {
            body.Append(ErrorSummary(survey, state.Errors, language));
        }
        var action = $"/surveys/{survey.Id}?lang={language}";
        body.Append($"<form method=\"post\" action=\"{Html.Attr(action)}\" novalidate class=\"survey-form\" data-required-message=\"{Html.Attr(en ? "This question requires an answer." : "此題為必答題。")}\">\n");
        body.Append($"<input type=\"hidden\" name=\"idempotencyKey\" value=\"{Html.Attr(state.IdempotencyKey)}\">\n");
        body.Append(FormProtectionFields.Render(state.FormToken, language));
        body.Append($"<input type=\"hidden\" name=\"lang\" value=\"{language}\">\n");
        if (state.Token is not null)
        {
            body.Append($"<input type=\"hidden\" name=\"token\" value=\"{Html.Attr(state.Token)}\">\n");
        }
        if (state.Channel is not null)
        {
            body.Append($"<input type=\"hidden\" name=\"channel\" value=\"{Html.Attr(state.Channel)}\">\n");
        }
        if (survey.AsksForUnit)
        {
            body.Append(UnitSelect(survey, organisation, language, state));
        }
        foreach (var question in survey.Questions)
        {
            body.Append(question.Type switch
            {
                QuestionType.Likert => Likert(question, language, state),
                QuestionType.Choice => Choice(question, language, state),
                _ => FreeText(question, language, state),
            });
        }
        body.Append($"<button type=\"submit\" class=\"primary\">{(en ? "Submit" : "送出")}</button>\n</form>\n");

        var title = (state.Errors.IsEmpty ? "" : en ? "Error: " : "錯誤：") + survey.Title[language];
        var other = en ? Language.TraditionalChinese : Language.English;
        var switchHref = SurveyPaths.Form(survey.Id, other, state.Channel, state.Token);
        return PageLayout.Render(organisation.AgencyName, language, title, body.ToString(), switchHref, withFormScript: true);
    }

    public static string FieldId(string questionId) => $"q-{questionId}";

    private static string ErrorId(string field) => $"err-{field.Replace('.', '-')}";

    // Each entry names its question: "此題為必答題。" three times would not say which three.
    private static string ErrorSummary(SurveyDefinition survey, ValidationErrors errors, string language)
    {
        var en = language == Language.English;
        var list = new StringBuilder();
        foreach (var error in errors.All)
        {
            var question = error.Field.StartsWith(SurveyResponseRequest.FormAnswerPrefix, StringComparison.Ordinal)
                ? survey.FindQuestion(error.Field[SurveyResponseRequest.FormAnswerPrefix.Length..])
                : null;
            var target = question is null ? error.Field : FieldId(question.Id);
            var text = question is null ? error.Message[language]
                : en ? $"{question.Text[language]} — {error.Message[language]}"
                : $"「{question.Text[language]}」{error.Message[language]}";
            list.Append($"<li><a href=\"#{Html.Attr(target)}\">{Html.Encode(text)}</a></li>\n");
        }
        return $"""
            <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
            <h2 id="error-summary-title">{(en ? "Please correct the following" : "請修正以下問題")}</h2>
            <ul>
            {list}</ul>
            </div>

            """;
    }

    private static (string Describedby, string Message, string Invalid) ErrorOf(SurveyFormState state, string field, string language)
    {
        var error = state.Errors.All.FirstOrDefault(e => e.Field == field);
        return error is null
            ? ("", "", "")
            : ($" aria-describedby=\"{ErrorId(field)}\"",
               $"<p class=\"field-error\" id=\"{ErrorId(field)}\">{Html.Encode(error.Message[language])}</p>\n",
               " aria-invalid=\"true\"");
    }

    private static string Legend(Question question, string language) =>
        Html.Encode(question.Text[language]) + (question.Required ? " <span class=\"required\" aria-hidden=\"true\">*</span>" : "");

    private static string RequiredText(Question question, string language) =>
        question.Required ? $"<span class=\"visually-hidden\">{(language == Language.English ? "(required)" : "（必答）")}</span>" : "";

    private static string Likert(Question question, string language, SurveyFormState state)
    {
        var field = SurveyResponseRequest.FormAnswerPrefix + question.Id;
        var (describedby, message, _) = ErrorOf(state, field, language);
        state.Values.TryGetValue(question.Id, out var chosen);
        var options = new StringBuilder();
        var points = LikertScale.Points.Select(p => (Value: p.Score.ToString(CultureInfo.InvariantCulture), p.Label))
            .Append((Value: LikertScale.NotApplicable, Label: LikertScale.NotApplicableLabel));
        foreach (var (value, label) in points)
        {
            var inputId = $"{FieldId(question.Id)}-{value}";
            var isChecked = chosen == value ? " checked" : "";
            options.Append($"<div class=\"option{(value == LikertScale.NotApplicable ? " na" : "")}\"><input type=\"radio\" id=\"{inputId}\" name=\"{field}\" value=\"{value}\"{isChecked}{(question.Required ? " required" : "")}><label for=\"{inputId}\">{Html.Encode(label[language])}</label></div>\n");
        }
        return $"""
            <fieldset id="{FieldId(question.Id)}" class="question likert{(message.Length > 0 ? " has-error" : "")}"{describedby} data-required="{(question.Required ? "true" : "false")}">
            <legend>{Legend(question, language)}{RequiredText(question, language)}</legend>
            {message}<div class="scale">
            {options}</div>
            </fieldset>

            """;
    }

    private static string Choice(Question question, string language, SurveyFormState state)
    {
        var field = SurveyResponseRequest.FormAnswerPrefix + question.Id;
        var (describedby, message, _) = ErrorOf(state, field, language);
        state.Values.TryGetValue(question.Id, out var chosen);
        var options = new StringBuilder();
        foreach (var option in question.Options)
        {
            var inputId = $"{FieldId(question.Id)}-{option.Value}";
            options.Append($"<div class=\"option\"><input type=\"radio\" id=\"{inputId}\" name=\"{field}\" value=\"{Html.Attr(option.Value)}\"{(chosen == option.Value ? " checked" : "")}{(question.Required ? " required" : "")}><label for=\"{inputId}\">{Html.Encode(option.Text[language])}</label></div>\n");
        }
        return $"""
            <fieldset id="{FieldId(question.Id)}" class="question choice{(message.Length > 0 ? " has-error" : "")}"{describedby} data-required="{(question.Required ? "true" : "false")}">
            <legend>{Legend(question, language)}{RequiredText(question, language)}</legend>
            {message}<div class="choices">
            {options}</div>
            </fieldset>

            """;
    }

    private static string FreeText(Question question, string language, SurveyFormState state)
    {
        var field = SurveyResponseRequest.FormAnswerPrefix + question.Id;
        var (describedby, message, invalid) = ErrorOf(state, field, language);
        state.Values.TryGetValue(question.Id, out var text);
        var en = language == Language.English;
        var countId = $"{FieldId(question.Id)}-count";
        var hint = en ? $"Up to {question.MaxLength} characters." : $"最多 {question.MaxLength} 字。";
        var describedIds = string.Join(' ', new[] { countId, describedby.Length > 0 ? ErrorId(field) : null }.Where(s => s is not null));
        return $"""
            <div class="question text{(message.Length > 0 ? " has-error" : "")}">
            <label for="{FieldId(question.Id)}">{Legend(question, language)}{RequiredText(question, language)}</label>
            {message}<textarea id="{FieldId(question.Id)}" name="{field}" rows="4" maxlength="{question.MaxLength}" aria-describedby="{describedIds}"{invalid}{(question.Required ? " required" : "")}>{Html.Encode(text)}</textarea>
            <p class="hint" id="{countId}" data-max="{question.MaxLength}" aria-live="polite">{hint}</p>
            </div>

            """;
    }

    private static string UnitSelect(SurveyDefinition survey, AgencyOrganisation organisation, string language, SurveyFormState state)
    {
        var en = language == Language.English;
        var (describedby, message, invalid) = ErrorOf(state, "unit", language);
        var options = new StringBuilder($"<option value=\"\">{(en ? "— Not sure / prefer not to say —" : "— 不確定或不填 —")}</option>\n");
        foreach (var unit in organisation.UnitsFor(survey))
        {
            options.Append($"<option value=\"{Html.Attr(unit.Id)}\"{(state.UnitId == unit.Id ? " selected" : "")}>{Html.Encode(unit.Name[language])}</option>\n");
        }
        return $"""
            <div class="question unit{(message.Length > 0 ? " has-error" : "")}">
            <label for="unit">{(en ? "Which unit served you?" : "為您服務的單位")}</label>
            {message}<select id="unit" name="unit"{describedby}{invalid}>
            {options}</select>
            </div>

            """;
    }
}
