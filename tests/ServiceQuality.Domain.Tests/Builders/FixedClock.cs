namespace ServiceQuality.Domain.Tests.Builders;

/// <summary>A clock that always reads the same instant, so rules about "now" are tested without waiting.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static FixedClock AtTaipei(int year, int month, int day, int hour = 12, int minute = 0) =>
        new(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(8)));

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
