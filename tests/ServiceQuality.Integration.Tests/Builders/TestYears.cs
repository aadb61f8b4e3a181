using ServiceQuality.Domain.Time;

namespace ServiceQuality.Integration.Tests.Builders;

/// <summary>
/// Years relative to today: a phone-etiquette test may be dated from the start of last year on, so tests of logged
/// tests use last year, whose every day is in the past and still accepted.
/// </summary>
public static class TestYears
{
    public static int Last => TaipeiTime.DateOf(DateTimeOffset.UtcNow).Year - 1;
}
