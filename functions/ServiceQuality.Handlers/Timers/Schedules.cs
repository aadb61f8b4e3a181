namespace ServiceQuality.Handlers.Timers;

/// <summary>
/// The six-field cron schedules (UTC) of the timer functions, shared by the [TimerTrigger] attributes and the
/// local host so the two cannot drift apart.
/// </summary>
public static class Schedules
{
    /// <summary>01:00 UTC is 09:00 in Taipei: the list of untested units is fresh when the office opens.</summary>
    public const string EtiquetteCoverage = "0 0 1 * * *";
}
