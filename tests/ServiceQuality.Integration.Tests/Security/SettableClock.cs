namespace ServiceQuality.Integration.Tests.Security;

/// <summary>A clock the test moves by hand.</summary>
public sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
