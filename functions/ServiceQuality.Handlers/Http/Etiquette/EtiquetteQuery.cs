using System.Globalization;
using Microsoft.AspNetCore.Http;
using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Handlers.Http.Etiquette;

/// <summary>Reads the year and month query parameters the etiquette endpoints share.</summary>
public static class EtiquetteQuery
{
    public static int? Year(IQueryCollection query, int defaultYear, ValidationErrors errors)
    {
        if (!query.TryGetValue("year", out var text) || string.IsNullOrWhiteSpace(text))
        {
            return defaultYear;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 9999)
        {
            return year;
        }
        errors.Add("year", "年度格式不正確。", "The year must be a four-digit year from 2000.");
        return null;
    }

    public static int? Month(IQueryCollection query, ValidationErrors errors)
    {
        if (!query.TryGetValue("month", out var text) || string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            return month;
        }
        errors.Add("month", "月份須為 1 到 12。", "The month must be from 1 to 12.");
        return null;
    }
}
