using System.Globalization;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Reports;

namespace ServiceQuality.Handlers.Http.Reports;

/// <summary>
/// A survey's response rates in the report CSV, section "response-rates": the survey in total (dimension "overall")
/// and each unit and channel (dimension "unit-channel", key "unit/channel", "unspecified" where none was named).
/// </summary>
public static class ResponseRateCsv
{
    public const string Section = "response-rates";

    public static void Write(ReportCsvRows csv, string period, string survey, SurveyResponseRates rates, string suppressedNote, string language)
    {
        Figures(csv, period, survey, "overall", "overall", rates.Total, suppressedNote, language);
        foreach (var group in rates.Groups)
        {
            Figures(csv, period, survey, "unit-channel", $"{Key(group.Unit)}/{Key(group.Channel)}", group.Figures, suppressedNote, language);
        }
    }

    private static void Figures(ReportCsvRows csv, string period, string survey, string dimension, string key, ResponseRateFigures f, string suppressedNote, string language)
    {
        var en = language == Language.English;
        var tokenNote = f.TokenResponsesSuppressed ? suppressedNote : null;
        var formNote = f.FormResponsesSuppressed ? suppressedNote : null;
        // An empty rate says why: either its responses are suppressed or there was nothing to divide by.
        var noTokens = en ? "no rate: no tokens minted" : "未發出問卷邀請，無填答率";
        var noViews = en ? "no rate: no forms opened without a token" : "無表單開啟紀錄，無填答率";
        csv.Value(period, Section, survey, dimension, key, "tokens-minted", Count(f.TokensMinted), null);
        csv.Value(period, Section, survey, dimension, key, "token-responses", Count(f.TokenResponses), tokenNote);
        csv.Value(period, Section, survey, dimension, key, "token-rate-percent", Csv.Number(f.TokenRatePercent),
            tokenNote ?? (f.TokensMinted == 0 ? noTokens : null));
        csv.Value(period, Section, survey, dimension, key, "form-views", Count(f.FormViews), null);
        csv.Value(period, Section, survey, dimension, key, "form-responses", Count(f.FormResponses), formNote);
        csv.Value(period, Section, survey, dimension, key, "form-rate-percent", Csv.Number(f.FormRatePercent),
            formNote ?? (f.FormViews == 0 ? noViews : null));
        // Responses to the API opened no form, so they have no rate: a line of their own.
        csv.Value(period, Section, survey, dimension, key, "api-responses-without-view", Count(f.ApiResponses), f.ApiResponsesSuppressed ? suppressedNote : null);
    }

    private static string Key(string key) => key.Length == 0 ? SurveyRollup.Unspecified : key;

    private static string Count(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
