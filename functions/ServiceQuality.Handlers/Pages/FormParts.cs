using System.Text;
using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Handlers.Pages;

/// <summary>Accessible form fields: a label for every control, errors tied with aria-describedby.</summary>
public static class FormParts
{
    public static string ErrorId(string field) => $"err-{field.Replace('.', '-')}";

    public static string ErrorSummary(ValidationErrors errors, string language, Func<string, string> targetOf)
    {
        var list = new StringBuilder();
        foreach (var error in errors.All)
        {
            list.Append($"<li><a href=\"#{Html.Attr(targetOf(error.Field))}\">{Html.Encode(error.Message[language])}</a></li>\n");
        }
        var heading = language == Domain.Localization.Language.English ? "Please correct the following" : "請修正以下問題";
        return $"""
            <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
            <h2 id="error-summary-title">{heading}</h2>
            <ul>
            {list}</ul>
            </div>

            """;
    }

    public static string TextInput(string name, string label, string type, ComplaintFormPage.State state, string language,
        int maxLength, bool required = false, string? autocomplete = null)
    {
        var error = state.Errors.All.FirstOrDefault(e => e.Field == name);
        state.Values.TryGetValue(name, out var value);
        var described = error is null ? "" : $" aria-describedby=\"{ErrorId(name)}\" aria-invalid=\"true\"";
        var message = error is null ? "" : $"<p class=\"field-error\" id=\"{ErrorId(name)}\">{Html.Encode(error.Message[language])}</p>\n";
        return $"""
            <div class="question field{(error is null ? "" : " has-error")}">
            <label for="{name}">{Html.Encode(label)}{Required(required, language)}</label>
            {message}<input type="{type}" id="{name}" name="{name}" value="{Html.Attr(value)}" maxlength="{maxLength}"{(autocomplete is null ? "" : $" autocomplete=\"{autocomplete}\"")}{(required ? " required" : "")}{described}>
            </div>

            """;
    }

    public static string TextArea(string name, string label, ComplaintFormPage.State state, string language, int maxLength, bool required, string? hint = null)
    {
        var error = state.Errors.All.FirstOrDefault(e => e.Field == name);
        state.Values.TryGetValue(name, out var value);
        var countId = $"{name}-count";
        var hintId = $"{name}-hint";
        var describedIds = string.Join(' ', new[] { hint is null ? null : hintId, countId, error is null ? null : ErrorId(name) }.Where(s => s is not null));
        var message = error is null ? "" : $"<p class=\"field-error\" id=\"{ErrorId(name)}\">{Html.Encode(error.Message[language])}</p>\n";
        var en = language == Domain.Localization.Language.English;
        return $"""
            <div class="question text{(error is null ? "" : " has-error")}">
            <label for="{name}">{Html.Encode(label)}{Required(required, language)}</label>
            {(hint is null ? "" : $"<p class=\"hint\" id=\"{hintId}\">{Html.Encode(hint)}</p>\n")}{message}<textarea id="{name}" name="{name}" rows="8" maxlength="{maxLength}" aria-describedby="{describedIds}"{(error is null ? "" : " aria-invalid=\"true\"")}{(required ? " required" : "")}>{Html.Encode(value)}</textarea>
            <p class="hint" id="{countId}" data-max="{maxLength}" aria-live="polite">{(en ? $"Up to {maxLength} characters." : $"最多 {maxLength} 字。")}</p>
            </div>

            """;
    }

    private static string Required(bool required, string language) =>
        required
            ? $" <span class=\"required\" aria-hidden=\"true\">*</span><span class=\"visually-hidden\">{(language == Domain.Localization.Language.English ? "(required)" : "（必填）")}</span>"
            : "";
}
