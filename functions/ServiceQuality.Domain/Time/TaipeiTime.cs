namespace ServiceQuality.Domain.Time;

/// <summary>
/// The agency reports by Asia/Taipei calendar, whatever time zone the host runs in.
/// </summary>
public static class TaipeiTime
{
    // Taiwan has kept UTC+8 without daylight saving since 1979, so a fixed offset is exact for every
    // date this system stores and does not depend on the host having a time-zone database.
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset ToTaipei(DateTimeOffset instant) => instant.ToOffset(Offset);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToTaipei(instant).DateTime);

    /// <summary>The instant at which the given Taipei calendar date begins.</summary>
    public static DateTimeOffset StartOf(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), Offset);
}
