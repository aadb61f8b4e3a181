namespace ServiceQuality.Handlers.Timers;

/// <summary>
/// The six-field cron schedules (UTC) of the [TimerTrigger] attributes in ServiceQuality.Functions, which the
/// local host reads from there.
/// </summary>
public static class Schedules
{
    /// <summary>01:00 UTC is 09:00 in Taipei: the list of untested units is fresh when the office opens.</summary>
    public const string EtiquetteCoverage = "0 0 1 * * *";

    /// <summary>00:30 UTC is 08:30 in Taipei: overdue notices reach the units as the office opens.</summary>
    public const string OverdueCases = "0 30 0 * * *";

    /// <summary>03:00 Taipei on the 2nd of each month: staff corrections of the month before are in.</summary>
    public const string ModelRetraining = "0 0 19 1 * *";

    /// <summary>02:30 Taipei daily: the day before is complete, and on the 1st the month before is final.</summary>
    public const string Rollups = "0 30 18 * * *";

    /// <summary>01:00 Taipei daily: contact details past their retention are gone before the office opens.</summary>
    public const string ContactPurge = "0 0 17 * * *";

    /// <summary>01:15 Taipei daily: transaction links of tokens that expired the day before are deleted.</summary>
    public const string SurveyTokenPurge = "0 15 17 * * *";

    /// <summary>09:00 Taipei on the 1st: the month just ended has been rolled up overnight.</summary>
    public const string MonthlyReport = "0 0 1 1 * *";
}
