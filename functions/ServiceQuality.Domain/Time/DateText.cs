using System.Globalization;
using ServiceQuality.Domain.Localization;

namespace ServiceQuality.Domain.Time;

/// <summary>A date as a letter to a citizen writes it: the Minguo date and the ISO date in Chinese, the ISO date in English.</summary>
public static class DateText
{
    public static string Of(DateOnly date, string language)
    {
        var iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Language.Normalise(language) == Language.English ? iso : $"{MinguoDate.Date(date)}（{iso}）";
    }
}
