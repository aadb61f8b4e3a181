namespace ServiceQuality.Handlers.Pages;

/// <summary>
/// Links to a survey form that keep what opens it: an invitation or transaction token, and the channel. A link that
/// drops the token (the language switch, the reopen button) would land on the invitation-only refusal.
/// </summary>
public static class SurveyPaths
{
    public static string Form(string surveyId, string language, string? channel = null, string? token = null) =>
        $"/surveys/{Uri.EscapeDataString(surveyId)}?lang={language}"
        + (string.IsNullOrEmpty(channel) ? "" : $"&channel={Uri.EscapeDataString(channel)}")
        + (string.IsNullOrEmpty(token) ? "" : $"&token={Uri.EscapeDataString(token)}");
}
