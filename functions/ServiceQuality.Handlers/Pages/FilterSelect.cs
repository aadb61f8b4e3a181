using System.Globalization;
using System.Text;
using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Handlers.Pages;

/// <summary>
/// A labelled select of a GET filter form (the comments reader, the case inbox): the current choice kept, an optional
/// "any" first option, and a bad choice marked with its message, tied to the control for screen readers.
/// </summary>
public static class FilterSelect
{
    public static void Append(StringBuilder body, string name, string label, string? any, IEnumerable<(string Value, string Text)> choices, string? selected,
        ValidationErrors errors, string language)
    {
        var error = errors.All.FirstOrDefault(e => e.Field == name);
        body.Append(CultureInfo.InvariantCulture, $"<div class=\"filter{(error is null ? "" : " has-error")}\"><label for=\"{name}\">{Html.Encode(label)}</label>");
        if (error is not null)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"field-error\" id=\"{FormParts.ErrorId(name)}\">{Html.Encode(error.Message[language])}</p>");
        }
        body.Append(CultureInfo.InvariantCulture, $"<select id=\"{name}\" name=\"{name}\"{(error is null ? "" : $" aria-invalid=\"true\" aria-describedby=\"{FormParts.ErrorId(name)}\"")}>");
        if (any is not null)
        {
            body.Append(CultureInfo.InvariantCulture, $"<option value=\"\">{Html.Encode(any)}</option>");
        }
        foreach (var (value, text) in choices)
        {
            body.Append(CultureInfo.InvariantCulture, $"<option value=\"{Html.Attr(value)}\"{(value == selected ? " selected" : "")}>{Html.Encode(text)}</option>");
        }
        body.Append("</select></div>");
    }
}
