namespace ServiceQuality.Domain.Reports;

/// <summary>
/// The printed figures of one tally: percentages to one decimal (half away from zero), the mean score to two.
/// A small cell (fewer responses than the minimum) shows no figure at all, only that it was suppressed.
/// </summary>
/// <param name="Percent">Satisfied over valid answers, in percent.</param>
/// <param name="ConfidenceLow">Lower bound of the 95% Wilson score interval, in percent.</param>
/// <param name="Change">Percentage points against the previous period; null when either side has no figure.</param>
public sealed record SatisfactionFigures(
    int? Responses,
    int? Valid,
    int? Satisfied,
    decimal? Percent,
    decimal? MeanScore,
    decimal? ConfidenceLow,
    decimal? ConfidenceHigh,
    decimal? Change,
    bool Suppressed)
{
    public static SatisfactionFigures Of(LikertTally tally, LikertTally? previous, int minimumCellSize)
    {
        if (tally.Responses < minimumCellSize)
        {
            return new SatisfactionFigures(null, null, null, null, null, null, null, null, true);
        }
        var interval = WilsonInterval.Of(tally.Satisfied, tally.Valid);
        var percent = Proportion(tally);
        var before = previous is not null && previous.Responses >= minimumCellSize ? Proportion(previous) : null;
        return new SatisfactionFigures(
            tally.Responses,
            tally.Valid,
            tally.Satisfied,
            Round(percent * 100, 1),
            tally.Valid == 0 ? null : Math.Round((decimal)tally.ScoreSum / tally.Valid, 2, MidpointRounding.AwayFromZero),
            Round(interval?.Low * 100, 1),
            Round(interval?.High * 100, 1),
            // The change is taken between the rounded percentages, so that it agrees with the two figures printed.
            percent is null || before is null ? null : Round(percent * 100, 1) - Round(before * 100, 1),
            false);
    }

    private static double? Proportion(LikertTally tally) => tally.Valid == 0 ? null : (double)tally.Satisfied / tally.Valid;

    private static decimal? Round(double? value, int decimals) =>
        value is { } v ? Math.Round((decimal)v, decimals, MidpointRounding.AwayFromZero) : null;
}
