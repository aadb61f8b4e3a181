using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Handlers.Http.Reports;

/// <summary>
/// The rows of the report CSV in one language. The zh-TW file names each row's period by its Republic of China year
/// too, as a government reader files it, beside the Gregorian column machine readers sort and join on; the English
/// file keeps Gregorian dates only.
/// </summary>
public sealed class ReportCsvRows
{
    public static readonly string[] Header = ["period", "section", "subject", "dimension", "key", "measure", "value", "note"];

    /// <summary>The column of the zh-TW file that follows "period": 民國115年11月 for 2026-11, 民國115年 for 2026.</summary>
    public const string MinguoPeriodColumn = "minguo_period";

    private readonly Csv _csv = new();
    private readonly bool _minguo;

    public ReportCsvRows(string language)
    {
        _minguo = language != Language.English;
        _csv.Row(_minguo ? [Header[0], MinguoPeriodColumn, .. Header[1..]] : Header);
    }

    public void Value(string period, string section, string subject, string dimension, string key, string measure, string value, string? note)
    {
        if (_minguo)
        {
            _csv.Row(period, MinguoDate.Period(period), section, subject, dimension, key, measure, value, note);
        }
        else
        {
            _csv.Row(period, section, subject, dimension, key, measure, value, note);
        }
    }

    public override string ToString() => _csv.ToString();
}
