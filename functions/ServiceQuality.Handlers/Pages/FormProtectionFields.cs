using ServiceQuality.Domain.Localization;
using ServiceQuality.Handlers.Security;

namespace ServiceQuality.Handlers.Pages;

/// <summary>
/// The anti-forgery token and the honeypot of a citizen form. The honeypot is hidden from sight, from
/// assistive technology (aria-hidden) and from the keyboard (tabindex=-1); autofill is off so a browser
/// never fills it for a person.
/// </summary>
public static class FormProtectionFields
{
    public static string Render(string? formToken, string language)
    {
        var label = language == Language.English ? "Leave this field empty" : "此欄請留空";
        return (formToken is null ? "" : $"<input type=\"hidden\" name=\"{FormTokens.FieldName}\" value=\"{Html.Attr(formToken)}\">\n")
            + $"""
               <div class="visually-hidden" aria-hidden="true"><label for="{FormGuard.HoneypotField}">{label}</label><input type="text" id="{FormGuard.HoneypotField}" name="{FormGuard.HoneypotField}" value="" tabindex="-1" autocomplete="off"></div>

               """;
    }
}
