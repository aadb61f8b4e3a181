using ServiceQuality.Domain.Localization;

namespace ServiceQuality.Handlers.Pages;

/// <summary>A form post without a valid anti-forgery token: most often a page left open too long.</summary>
public static class FormRejectedPage
{
    /// <param name="formHref">The form's address in a language, with whatever query opens it (a survey token).</param>
    public static string Render(LocalizedText agency, string language, Func<string, string> formHref)
    {
        var en = language == Language.English;
        var title = en ? "The form has expired" : "表單已逾時";
        var body = $"""
            <h1>{title}</h1>
            <p>{(en ? "Nothing was sent. Please open the form again and send it once more." : "您的資料尚未送出，請重新開啟表單後再送出一次。")}</p>
            <p><a class="button" href="{Html.Attr(formHref(language))}">{(en ? "Open the form again" : "重新開啟表單")}</a></p>
            """;
        var other = en ? Language.TraditionalChinese : Language.English;
        return PageLayout.Render(agency, language, title, body, formHref(other));
    }
}
