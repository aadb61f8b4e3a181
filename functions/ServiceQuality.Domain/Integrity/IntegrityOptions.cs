namespace ServiceQuality.Domain.Integrity;

/// <summary>
/// When open responses are a burst rather than citizens, bound from the "Integrity" configuration section. A burst is
/// a number of open responses within a window: for one survey and unit, for one survey in all, with one answer vector,
/// or from one client (address or kiosk). Verified responses are never part of a burst.
/// </summary>
public sealed class IntegrityOptions
{
    public const string Section = "Integrity";

    public BurstThreshold SurveyUnit { get; set; } = new() { Responses = 30, WindowMinutes = 10 };

    public BurstThreshold Survey { get; set; } = new() { Responses = 60, WindowMinutes = 10 };

    public BurstThreshold IdenticalAnswers { get; set; } = new() { Responses = 25, WindowMinutes = 30 };

    /// <summary>One client address: a little above the per-client write budget of a day, which one instance enforces.</summary>
    public BurstThreshold ClientAddress { get; set; } = new() { Responses = 31, WindowMinutes = 24 * 60 };

    /// <summary>One kiosk: a busy counter hands its kiosk to many people, so its threshold is far higher.</summary>
    public BurstThreshold Kiosk { get; set; } = new() { Responses = 600, WindowMinutes = 24 * 60 };
}

/// <summary>At least <see cref="Responses"/> within <see cref="WindowMinutes"/> make a burst.</summary>
public sealed class BurstThreshold
{
    public int Responses { get; set; }

    public int WindowMinutes { get; set; }

    public TimeSpan Window => TimeSpan.FromMinutes(Math.Max(1, WindowMinutes));
}
