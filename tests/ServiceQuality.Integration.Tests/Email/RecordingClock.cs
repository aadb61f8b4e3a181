namespace ServiceQuality.Integration.Tests.Email;

/// <summary>
/// A clock whose timers fire at once and remember how long they were asked to wait, so a retry's back-off is
/// checked without the test waiting for it.
/// </summary>
public sealed class RecordingClock : TimeProvider
{
    private readonly List<TimeSpan> _waits = [];

    public IReadOnlyList<TimeSpan> Waits => _waits;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            _waits.Add(dueTime);
        }
        return System.CreateTimer(callback, state, dueTime == Timeout.InfiniteTimeSpan ? dueTime : TimeSpan.Zero, period);
    }
}
