namespace ServiceQuality.Handlers.Timers;

/// <summary>
/// The six-field cron schedules (UTC) of the timer functions, shared by the [TimerTrigger] attributes and the
/// local host so the two cannot drift apart.
/// </summary>
public static class Schedules
{
    /// <summary>01:00 UTC is 09:00 in Taipei: the list of untested units is fresh when the office opens.</summary>
    public const string EtiquetteCoverage = "0 0 1 * * *";

    /// <summary>00:30 UTC is 08:30 in Taipei: overdue notices reach the units as the office opens.</summary>
    public const string OverdueCases = "0 30 0 * * *";

    /// <summary>03:00 Taipei on the 2nd of each month: staff corrections of the month before are in.</summary>
    public const string ModelRetraining = "0 0 19 1 * *";
}
