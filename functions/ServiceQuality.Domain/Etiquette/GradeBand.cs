using ServiceQuality.Domain.Localization;

namespace ServiceQuality.Domain.Etiquette;

/// <summary>
/// A grade for totals from <paramref name="MinScore"/> up to the next band. <paramref name="Commend"/> puts the
/// test on the commendation list; <paramref name="RetestWithinDays"/>, when set, requires a retest within that many days.
/// </summary>
public sealed record GradeBand(string Id, int MinScore, LocalizedText Name, bool Commend, int? RetestWithinDays)
{
    public bool RequiresRetest => RetestWithinDays is not null;
}
